package vn.pakn.domain.escalation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.pakn.domain.roster.PersonId;

/**
 * The forwarding document (văn bản chuyển) a member drafts for a complex petition and the leader
 * signs and issues (R3).
 *
 * @param subject the "V/v …" line
 * @param recipients the "Nơi nhận" list
 */
public record ForwardingDocument(
    PersonId draftedBy,
    Instant draftedAt,
    String subject,
    String body,
    List<String> recipients,
    Optional<Signature> signature) {

  public ForwardingDocument {
    checkNotNull(draftedBy, "draftedBy");
    checkNotNull(draftedAt, "draftedAt");
    checkArgument(subject != null && !subject.isBlank(), "Trích yếu (V/v) không được để trống");
    checkArgument(subject.length() <= 300, "Trích yếu dài quá 300 ký tự");
    checkArgument(body != null && !body.isBlank(), "Nội dung văn bản không được để trống");
    checkArgument(body.length() <= 20_000, "Nội dung văn bản dài quá 20.000 ký tự");
    recipients = List.copyOf(recipients);
    signature = signature == null ? Optional.empty() : signature;
  }

  public boolean signed() {
    return signature.isPresent();
  }

  public ForwardingDocument sign(Signature by) {
    return new ForwardingDocument(draftedBy, draftedAt, subject, body, recipients, Optional.of(by));
  }
}
