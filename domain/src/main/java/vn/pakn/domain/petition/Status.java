package vn.pakn.domain.petition;

/** Where a petition stands in its lifecycle (R2–R4). */
public enum Status {
  /** Routing could not place it: waiting for the leader to assign it by hand (R1). */
  RECEIVED("Chờ phân công"),
  ASSIGNED("Đã phân công"),
  /** The member has tried to contact the sender (R2 case 1). */
  CONTACTING("Đang xác minh"),
  /** Verified: the filter [Đã xác minh] of R2 case 1, step 4. */
  VERIFIED("Đã xác minh"),
  /** The sender cannot be reached: passed to the reception team (R2 case 2). */
  UNREACHABLE("Chuyển Tổ tiếp nhận"),
  /** A complaint, denunciation or corruption report answered with guidance (R2 case 3). */
  GUIDED("Đã hướng dẫn"),
  FORWARDED("Đã chuyển xử lý"),
  UNIT_ANSWERED("Đơn vị đã trả lời"),
  /** The citizen has been answered. */
  REPLIED("Đã trả lời công dân"),
  CLOSED("Đã kết thúc");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean open() {
    return this != CLOSED;
  }

  /** Not yet forwarded, guided or passed on: the triage stages. */
  public boolean beforeForwarding() {
    return this == RECEIVED || this == ASSIGNED || this == CONTACTING || this == VERIFIED;
  }
}
