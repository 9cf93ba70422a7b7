package vn.pakn.domain.deadline;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import vn.pakn.domain.roster.PersonId;

/**
 * One reminder due about one forwarded petition (R5).
 *
 * @param overdueWorkingDays working days past the deadline when computed; 0 for {@link ReminderKind#DUE_SOON}
 */
public record Reminder(PersonId recipient, ReminderKind kind, LocalDate deadline, int overdueWorkingDays) {

  public Reminder {
    checkNotNull(recipient, "recipient");
    checkNotNull(kind, "kind");
    checkNotNull(deadline, "deadline");
    checkArgument(overdueWorkingDays >= 0, "overdueWorkingDays %s", overdueWorkingDays);
  }

  /**
   * {@code recipient|kind|deadline}: the same for every day a reminder stays due, so a store keyed
   * on the petition and this sends each kind once per recipient per deadline; a new deadline
   * (an extension) gives new keys.
   */
  public String dedupKey() {
    return recipient.value() + "|" + kind.name() + "|" + deadline;
  }
}
