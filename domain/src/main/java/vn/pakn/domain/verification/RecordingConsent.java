package vn.pakn.domain.verification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import vn.pakn.domain.roster.PersonId;

/**
 * R2 case 1, step 1: before recording a call the member asks the citizen's consent and tells them
 * it is recorded. This records that both happened, who asked and when.
 */
public record RecordingConsent(boolean consentAsked, boolean citizenInformed, PersonId askedBy, Instant at) {

  public RecordingConsent {
    checkNotNull(askedBy, "askedBy");
    checkNotNull(at, "at");
    checkArgument(consentAsked && citizenInformed,
        "Phải xin ý kiến và thông báo cho công dân về việc ghi âm trước khi lưu bản ghi âm");
  }
}
