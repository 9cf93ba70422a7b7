package vn.pakn.domain.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * The leader's authorisation (ủy quyền) for the deputy to act as leader, from {@code validFrom} to
 * {@code validUntil}, both days included. Whether it is lawful for a roster is {@link Roster#checkDelegation}.
 */
public record Delegation(PersonId from, PersonId to, LocalDate validFrom, LocalDate validUntil) {

  public Delegation {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(validFrom, "validFrom");
    checkNotNull(validUntil, "validUntil");
    checkArgument(!validUntil.isBefore(validFrom),
        "Ủy quyền kết thúc (%s) trước khi bắt đầu (%s)", validUntil, validFrom);
    checkArgument(!from.equals(to), "Không thể tự ủy quyền cho chính mình");
  }

  public boolean coversDate(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validUntil);
  }
}
