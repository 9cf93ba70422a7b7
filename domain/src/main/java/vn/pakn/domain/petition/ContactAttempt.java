package vn.pakn.domain.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import vn.pakn.domain.roster.PersonId;

/** One call or e-mail to the sender, and whether it reached them. */
public record ContactAttempt(PersonId by, Instant at, ContactMethod method, boolean reached, String note) {

  public ContactAttempt {
    checkNotNull(by, "by");
    checkNotNull(at, "at");
    checkNotNull(method, "method");
    note = note == null ? "" : note.strip();
    checkArgument(note.length() <= 4000, "Ghi chú liên hệ dài quá 4000 ký tự");
  }
}
