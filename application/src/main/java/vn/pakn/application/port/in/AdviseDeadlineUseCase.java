package vn.pakn.application.port.in;

import java.time.LocalDate;
import java.util.Optional;

/**
 * R5, read-only: the deadline the district's rules give a petition forwarded today, and, for a chosen
 * deadline, the working days left and why it would be refused. For the forwarding form's date picker and
 * the petition page's "còn … ngày làm việc".
 */
public interface AdviseDeadlineUseCase {

  /** Advice on {@code deadline} (the default deadline when empty), as of the district's today. */
  DeadlineAdvice advise(Optional<LocalDate> deadline);

  /**
   * @param today the district's local day
   * @param defaultDeadline the default deadline of a petition forwarded today
   * @param deadline the deadline advised on
   * @param workingDaysLeft working days after today up to and including it (negative once past)
   * @param problem why it cannot be the deadline of a petition forwarded today, in Vietnamese
   */
  record DeadlineAdvice(LocalDate today, LocalDate defaultDeadline, LocalDate deadline, int workingDaysLeft,
      Optional<String> problem) {}
}
