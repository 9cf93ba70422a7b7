package vn.pakn.domain.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.verification.RecordingConsent;

/** A file of verification material attached to a petition; the bytes live in the evidence store. */
public record EvidenceItem(
    String evidenceId,
    String fileName,
    String contentType,
    long size,
    EvidenceKind kind,
    PersonId addedBy,
    Instant addedAt,
    Optional<RecordingConsent> consent) {

  public EvidenceItem {
    checkArgument(evidenceId != null && !evidenceId.isBlank(), "evidenceId");
    checkArgument(fileName != null && !fileName.isBlank(), "Tên tệp không được để trống");
    checkArgument(contentType != null && !contentType.isBlank(), "contentType");
    checkArgument(size >= 0, "size");
    checkNotNull(kind, "kind");
    checkNotNull(addedBy, "addedBy");
    checkNotNull(addedAt, "addedAt");
    consent = consent == null ? Optional.empty() : consent;
  }
}
