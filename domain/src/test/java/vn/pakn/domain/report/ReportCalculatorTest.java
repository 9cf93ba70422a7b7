package vn.pakn.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static vn.pakn.domain.fixtures.DistrictFixtures.COMMUNE;
import static vn.pakn.domain.fixtures.DistrictFixtures.COMPLAINTS;
import static vn.pakn.domain.fixtures.DistrictFixtures.HEALTH;
import static vn.pakn.domain.fixtures.DistrictFixtures.INFRASTRUCTURE;
import static vn.pakn.domain.fixtures.DistrictFixtures.INSPECTOR;
import static vn.pakn.domain.fixtures.DistrictFixtures.LEADER;
import static vn.pakn.domain.fixtures.DistrictFixtures.OTHER_COMMUNE;
import static vn.pakn.domain.fixtures.DistrictFixtures.POWER;
import static vn.pakn.domain.fixtures.DistrictFixtures.SOCIAL;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.SectorCode;

class ReportCalculatorTest {

  private static final ReportPeriod MARCH = ReportPeriod.month(2026, 3);
  private static final LocalDate AFTER_MARCH = LocalDate.of(2026, 4, 15);

  /** Calendar days, so the expected averages are easy to count by hand. */
  private final ReportCalculator calculator =
      new ReportCalculator((from, to) -> (int) ChronoUnit.DAYS.between(from, to));

  @Test
  void givenPetitionsReceivedInAndAroundMarch_whenReporting_thenOnlyMarchsAreCountedBySectorMemberAndOutcome() {
    List<PetitionFacts> facts = List.of(
        inTriage(march(2), POWER, INFRASTRUCTURE),
        inTriage(march(31), POWER, INFRASTRUCTURE),
        inTriage(march(10), HEALTH, SOCIAL),
        guided(march(15)),
        unplaced(march(18)),
        inTriage(LocalDate.of(2026, 2, 28), POWER, INFRASTRUCTURE),
        inTriage(LocalDate.of(2026, 4, 1), HEALTH, SOCIAL));

    PeriodReport report = calculator.compute(MARCH, facts, AFTER_MARCH);

    assertThat(report.received()).isEqualTo(5);
    assertThat(report.bySector()).containsOnly(entry("dien", 2L), entry("y-te", 1L), entry("khieu-nai", 1L),
        entry(PeriodReport.UNPLACED, 1L));
    assertThat(report.byMember()).containsOnly(entry(INFRASTRUCTURE.value(), 2L), entry(SOCIAL.value(), 1L),
        entry(INSPECTOR.value(), 1L), entry(LEADER.value(), 1L));
    assertThat(report.byOutcome()).containsOnly(entry(Outcome.IN_TRIAGE, 4L), entry(Outcome.GUIDED, 1L));
    assertThat(report.forwarded()).isZero();
  }

  @Test
  void givenPetitionsForwardedInMarch_whenReporting_thenCountedByUnitEvenIfReceivedInFebruary() {
    List<PetitionFacts> facts = List.of(
        forwarded(march(2), COMMUNE, march(3), march(13), Optional.of(march(10))),
        forwarded(LocalDate.of(2026, 2, 25), COMMUNE, march(2), march(12), Optional.empty()),
        forwarded(march(10), OTHER_COMMUNE, march(12), march(26), Optional.empty()),
        forwarded(LocalDate.of(2026, 2, 10), OTHER_COMMUNE, LocalDate.of(2026, 2, 11), march(5), Optional.empty()));

    PeriodReport report = calculator.compute(MARCH, facts, AFTER_MARCH);

    assertThat(report.forwarded()).isEqualTo(3);
    assertThat(report.byUnit()).containsOnly(entry(COMMUNE.value(), 2L), entry(OTHER_COMMUNE.value(), 1L));
    assertThat(report.received()).isEqualTo(2);
    assertThat(report.byOutcome()).containsOnly(entry(Outcome.ANSWERED, 1L), entry(Outcome.FORWARDED_PENDING, 1L));
  }

  @Test
  void givenAnswersBeforeOnAndAfterTheDeadline_whenReporting_thenOnTimeAndLateAreCountedApart() {
    List<PetitionFacts> facts = List.of(
        forwarded(march(2), COMMUNE, march(3), march(13), Optional.of(march(10))),
        forwarded(march(2), COMMUNE, march(3), march(13), Optional.of(march(13))),
        forwarded(march(5), COMMUNE, march(6), march(16), Optional.of(march(20))));

    PeriodReport report = calculator.compute(MARCH, facts, AFTER_MARCH);

    assertThat(report.answeredOnTime()).isEqualTo(2);
    assertThat(report.answeredLate()).isEqualTo(1);
    assertThat(report.overdue()).isZero();
  }

  @Test
  void givenAReportMadeAfterThePeriod_whenJudgingOverdue_thenJudgedAtThePeriodsEnd() {
    List<PetitionFacts> facts = List.of(
        forwarded(march(10), COMMUNE, march(12), march(20), Optional.empty()),
        forwarded(march(20), COMMUNE, march(25), LocalDate.of(2026, 4, 8), Optional.empty()),
        forwarded(march(1), COMMUNE, march(2), march(5), Optional.of(LocalDate.of(2026, 4, 3))));

    PeriodReport report = calculator.compute(MARCH, facts, AFTER_MARCH);

    assertThat(report.overdue()).as("past deadline and unanswered on 31/03, answered late only in April")
        .isEqualTo(2);
    assertThat(report.answeredLate()).isZero();
    assertThat(report.answeredOnTime()).isZero();
  }

  @Test
  void givenAReportMadeDuringThePeriod_whenJudgingOverdue_thenJudgedAsOfThatDay() {
    LocalDate asOf = march(15);
    List<PetitionFacts> facts = List.of(
        forwarded(march(2), COMMUNE, march(3), march(10), Optional.empty()),
        forwarded(march(5), COMMUNE, march(6), march(20), Optional.empty()),
        forwarded(march(5), COMMUNE, march(6), march(25), Optional.of(march(20))));

    PeriodReport report = calculator.compute(MARCH, facts, asOf);

    assertThat(report.overdue()).isEqualTo(1);
    assertThat(report.answeredOnTime()).as("answered after the day the report was made").isZero();
  }

  @Test
  void givenForwardedAndAnsweredPetitions_whenReporting_thenAverageWorkingDaysComeFromTheCounter() {
    List<PetitionFacts> facts = List.of(
        forwarded(march(2), COMMUNE, march(3), march(20), Optional.of(march(10))),
        forwarded(march(2), COMMUNE, march(5), march(20), Optional.of(march(19))),
        forwarded(march(2), COMMUNE, march(8), march(20), Optional.empty()));

    PeriodReport report = calculator.compute(MARCH, facts, AFTER_MARCH);

    assertThat(report.avgWorkingDaysToForward()).hasValue((1 + 3 + 6) / 3.0);
    assertThat(report.avgWorkingDaysToAnswer()).hasValue((7 + 14) / 2.0);
  }

  @Test
  void givenAWorkingDayCounterThatSkipsWeekends_whenReporting_thenTheAverageUsesIt() {
    ReportCalculator weekdaysOnly = new ReportCalculator((from, to) -> (int) from.datesUntil(to.plusDays(1))
        .skip(1).filter(d -> d.getDayOfWeek().getValue() <= 5).count());
    // Friday 06/03 to Monday 09/03: one working day
    List<PetitionFacts> facts = List.of(forwarded(march(6), COMMUNE, march(9), march(20), Optional.empty()));

    assertThat(weekdaysOnly.compute(MARCH, facts, AFTER_MARCH).avgWorkingDaysToForward()).hasValue(1.0);
  }

  @Test
  void givenNoPetitions_whenReporting_thenZerosAndNoAverages() {
    PeriodReport report = calculator.compute(MARCH, List.of(), AFTER_MARCH);

    assertThat(report.received()).isZero();
    assertThat(report.bySector()).isEmpty();
    assertThat(report.forwarded()).isZero();
    assertThat(report.avgWorkingDaysToForward()).isEmpty();
    assertThat(report.avgWorkingDaysToAnswer()).isEmpty();
    assertThat(report.period().label()).isEqualTo("Tháng 3/2026");
  }

  // ---- facts ----

  private static LocalDate march(int day) {
    return LocalDate.of(2026, 3, day);
  }

  private static PetitionFacts inTriage(LocalDate received, SectorCode sector, PersonId assignee) {
    return new PetitionFacts(received, Optional.of(sector), assignee, Optional.empty(), Outcome.IN_TRIAGE,
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static PetitionFacts guided(LocalDate received) {
    return new PetitionFacts(received, Optional.of(COMPLAINTS), INSPECTOR, Optional.empty(), Outcome.GUIDED,
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static PetitionFacts unplaced(LocalDate received) {
    return new PetitionFacts(received, Optional.empty(), LEADER, Optional.empty(), Outcome.IN_TRIAGE,
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static PetitionFacts forwarded(LocalDate received, UnitId unit, LocalDate forwardedOn, LocalDate deadline,
      Optional<LocalDate> answeredOn) {
    return new PetitionFacts(received, Optional.of(POWER), INFRASTRUCTURE, Optional.of(unit),
        answeredOn.isPresent() ? Outcome.ANSWERED : Outcome.FORWARDED_PENDING, Optional.of(forwardedOn),
        Optional.of(deadline), answeredOn);
  }
}
