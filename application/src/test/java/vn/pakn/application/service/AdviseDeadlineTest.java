package vn.pakn.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pakn.application.fake.InMemoryPakn;
import vn.pakn.application.port.in.AdviseDeadlineUseCase.DeadlineAdvice;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.fixtures.PetitionFixtures;

class AdviseDeadlineTest {

  private final InMemoryPakn app = new InMemoryPakn(DistrictFixtures.profile(), PetitionFixtures.T0);

  @Test
  void givenNoChosenDate_whenAdvising_thenTheDefaultDeadlineIsTheRulesWorkingDaysAhead() {
    DeadlineAdvice advice = app.services.roster().advise(Optional.empty());
    int rule = DistrictFixtures.profile().deadlineRules().answerWorkingDays();
    assertThat(advice.today()).isEqualTo(LocalDate.of(2020, 1, 9));
    assertThat(advice.deadline()).isEqualTo(advice.defaultDeadline()).isAfter(advice.today());
    assertThat(advice.workingDaysLeft()).isEqualTo(rule);
    assertThat(advice.problem()).isEmpty();
  }

  @Test
  void givenASaturday_whenAdvising_thenTheProblemNamesTheNextWorkingDay() {
    DeadlineAdvice advice = app.services.roster().advise(Optional.of(LocalDate.of(2020, 1, 18)));
    assertThat(advice.problem()).hasValueSatisfying(p -> assertThat(p).contains("18/01/2020")
        .contains("20/01/2020"));
    assertThat(advice.workingDaysLeft()).isEqualTo(6);
  }
}
