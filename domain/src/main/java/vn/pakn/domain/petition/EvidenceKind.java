package vn.pakn.domain.petition;

/** Kinds of verification material (tư liệu xác minh, R2 case 1 steps 1–2). */
public enum EvidenceKind {
  /** A recorded call: needs the citizen's consent, asked and informed. */
  RECORDING("Ghi âm cuộc gọi"),
  /** An e-mail exchange saved to a document. */
  EMAIL_EXPORT("Trao đổi qua email"),
  DOCUMENT("Tài liệu"),
  IMAGE("Hình ảnh");

  private final String label;

  EvidenceKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
