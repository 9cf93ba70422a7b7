package vn.pakn.domain.deadline;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

  private final DeadlinePolicy policy = DeadlinePolicy.of(new DeadlineRules(10, 2, 3), WorkingCalendar.national());

  @Test
  void givenForwardedJustBeforeTet_whenComputingTheDefaultDeadline_thenTetDaysDoNotCount() {
    // Fri 24/01/2025 + 10 working days: Mon 27/01, then 04/02 to 14/02 (Tết and its compensatory day skipped).
    assertThat(policy.defaultDeadline(of(2025, 1, 24))).isEqualTo(of(2025, 2, 14));
  }

  @Test
  void givenAWorkingDayAfterForwarding_whenCheckingTheDeadline_thenItIsAccepted() {
    assertThat(policy.checkDeadline(of(2025, 1, 24), of(2025, 2, 14))).isEmpty();
    assertThat(policy.checkDeadline(of(2025, 1, 24), of(2025, 1, 27))).isEmpty();
  }

  @Test
  void givenADeadlineDuringTet_whenCheckingIt_thenRefusedNamingTetAndTheNextWorkingDay() {
    assertThat(policy.checkDeadline(of(2025, 1, 24), of(2025, 1, 29))).hasValueSatisfying(reason -> assertThat(reason)
        .contains("29/01/2025", "không phải ngày làm việc", "Tết Nguyên đán", "04/02/2025"));
  }

  @Test
  void givenADeadlineOnSunday_whenCheckingIt_thenRefusedAsAWeekend() {
    assertThat(policy.checkDeadline(of(2025, 1, 24), of(2025, 2, 9))).hasValueSatisfying(reason -> assertThat(reason)
        .contains("ngày nghỉ cuối tuần", "10/02/2025"));
  }

  @Test
  void givenADeadlineNotAfterForwarding_whenCheckingIt_thenRefused() {
    assertThat(policy.checkDeadline(of(2025, 3, 10), of(2025, 3, 10))).hasValueSatisfying(reason -> assertThat(reason)
        .contains("phải sau ngày chuyển xử lý 10/03/2025"));
    assertThat(policy.checkDeadline(of(2025, 3, 10), of(2025, 3, 7))).isPresent();
  }

  @Test
  void givenADeadlineAhead_whenCountingDaysLeft_thenOnlyWorkingDaysAfterTodayCount() {
    assertThat(policy.workingDaysLeft(of(2025, 2, 14), of(2025, 2, 7))).isEqualTo(5);
    assertThat(policy.workingDaysLeft(of(2025, 2, 14), of(2025, 2, 14))).isZero();
    assertThat(policy.workingDaysLeft(of(2025, 2, 14), of(2025, 2, 18))).isEqualTo(-2);
  }

  @Test
  void givenTheDeadlineDay_whenCheckingOverdue_thenNotYetOverdue() {
    assertThat(policy.isOverdue(of(2025, 2, 14), of(2025, 2, 14))).isFalse();
    assertThat(policy.overdueWorkingDays(of(2025, 2, 14), of(2025, 2, 14))).isZero();
    assertThat(policy.overdueWorkingDays(of(2025, 2, 14), of(2025, 2, 10))).isZero();
  }

  @Test
  void givenTheWeekendAfterAFridayDeadline_whenCheckingOverdue_thenOverdueByZeroWorkingDays() {
    assertThat(policy.isOverdue(of(2025, 2, 14), of(2025, 2, 15))).isTrue();
    assertThat(policy.overdueWorkingDays(of(2025, 2, 14), of(2025, 2, 15))).isZero();
  }

  @Test
  void givenTuesdayAfterAFridayDeadline_whenCountingOverdueDays_thenTwo() {
    assertThat(policy.isOverdue(of(2025, 2, 14), of(2025, 2, 18))).isTrue();
    assertThat(policy.overdueWorkingDays(of(2025, 2, 14), of(2025, 2, 18))).isEqualTo(2);
  }
}
