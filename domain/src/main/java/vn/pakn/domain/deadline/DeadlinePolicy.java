package vn.pakn.domain.deadline;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Deadlines for answering the citizen (R5): the default deadline after forwarding, whether a
 * proposed deadline is acceptable, and how far a petition is from or past its deadline, all in
 * working days of the district's {@link WorkingCalendar}.
 */
public final class DeadlinePolicy {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DeadlineRules rules;
  private final WorkingCalendar calendar;

  private DeadlinePolicy(DeadlineRules rules, WorkingCalendar calendar) {
    this.rules = checkNotNull(rules, "rules");
    this.calendar = checkNotNull(calendar, "calendar");
  }

  public static DeadlinePolicy of(DeadlineRules rules, WorkingCalendar calendar) {
    return new DeadlinePolicy(rules, calendar);
  }

  public DeadlineRules rules() {
    return rules;
  }

  public WorkingCalendar calendar() {
    return calendar;
  }

  /** The {@code answerWorkingDays}-th working day after the forwarding day. */
  public LocalDate defaultDeadline(LocalDate forwardedOn) {
    return calendar.addWorkingDays(forwardedOn, rules.answerWorkingDays());
  }

  /**
   * Why a deadline the member proposes cannot be accepted, in Vietnamese for the UI; empty when it
   * can: it must fall after the forwarding day, on a working day.
   */
  public Optional<String> checkDeadline(LocalDate forwardedOn, LocalDate proposed) {
    if (!proposed.isAfter(forwardedOn)) {
      return Optional.of("Hạn trả lời " + DAY.format(proposed) + " phải sau ngày chuyển xử lý "
          + DAY.format(forwardedOn));
    }
    if (!calendar.isWorkingDay(proposed)) {
      String why = calendar.holidayName(proposed).orElse("ngày nghỉ cuối tuần");
      return Optional.of("Hạn trả lời " + DAY.format(proposed) + " không phải ngày làm việc (" + why
          + "); ngày làm việc tiếp theo là " + DAY.format(calendar.nextWorkingDay(proposed)));
    }
    return Optional.empty();
  }

  /**
   * Working days after today up to and including the deadline: 0 when the deadline is today (or
   * today is a day off just before it), negative once past it.
   */
  public int workingDaysLeft(LocalDate deadline, LocalDate today) {
    return calendar.workingDaysBetween(today, deadline);
  }

  /** Overdue (quá hạn) as soon as today is after the deadline. */
  public boolean isOverdue(LocalDate deadline, LocalDate today) {
    return today.isAfter(deadline);
  }

  /** Working days elapsed after the deadline up to and including today; 0 when not overdue. */
  public int overdueWorkingDays(LocalDate deadline, LocalDate today) {
    return Math.max(0, calendar.workingDaysBetween(deadline, today));
  }
}
