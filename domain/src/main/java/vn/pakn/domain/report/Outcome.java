package vn.pakn.domain.report;

import vn.pakn.domain.petition.Status;

/** How a petition ended up, as the reports count it (R6). */
public enum Outcome {
  IN_TRIAGE("Đang xác minh, phân loại"),
  FORWARDED_PENDING("Đã chuyển, chờ đơn vị trả lời"),
  ANSWERED("Đơn vị đã trả lời"),
  RECEPTION("Chuyển Tổ tiếp nhận trả lời"),
  GUIDED("Hướng dẫn khiếu nại, tố cáo");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The outcome of a petition, given its status and whether it was forwarded / guided / passed to reception. */
  public static Outcome of(Status status, boolean forwarded, boolean guided, boolean reception) {
    if (guided) {
      return GUIDED;
    }
    if (reception) {
      return RECEPTION;
    }
    if (forwarded) {
      return status == Status.FORWARDED ? FORWARDED_PENDING : ANSWERED;
    }
    return IN_TRIAGE;
  }
}
