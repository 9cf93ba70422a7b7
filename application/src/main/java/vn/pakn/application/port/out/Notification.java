package vn.pakn.application.port.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import vn.pakn.domain.petition.PetitionId;

/**
 * A message for someone about a petition. {@code dedupKey}, when present, is unique: a store keeps at
 * most one notification per key, so reminders are never created twice.
 */
public record Notification(
    String id,
    Recipient recipient,
    Kind kind,
    Optional<PetitionId> petition,
    String message,
    Instant createdAt,
    Optional<String> dedupKey,
    boolean read) {

  /** Why the notification was sent. */
  public enum Kind {
    FORWARDED("Phản ánh được chuyển xử lý"),
    OPINION_REQUESTED("Xin ý kiến"),
    OPINION_GIVEN("Đã có ý kiến"),
    DOCUMENT_SIGNED("Văn bản chuyển đã ký"),
    PASSED_TO_RECEPTION("Chuyển Tổ tiếp nhận"),
    UNIT_ANSWERED("Đơn vị đã trả lời"),
    ASSIGNED("Được phân công"),
    DUE_SOON("Sắp đến hạn"),
    OVERDUE("Quá hạn"),
    OVERDUE_ESCALATED("Quá hạn, báo Tổ trưởng");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public Notification {
    checkArgument(id != null && !id.isBlank(), "id");
    checkNotNull(recipient, "recipient");
    checkNotNull(kind, "kind");
    petition = petition == null ? Optional.empty() : petition;
    checkNotNull(message, "message");
    checkNotNull(createdAt, "createdAt");
    dedupKey = dedupKey == null ? Optional.empty() : dedupKey;
  }
}
