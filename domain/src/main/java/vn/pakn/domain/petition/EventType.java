package vn.pakn.domain.petition;

/** Every kind of change to a petition; each becomes one event in its history. */
public enum EventType {
  RECEIVED("Tiếp nhận phản ánh"),
  ASSIGNED("Phân công"),
  REASSIGNED("Phân công lại"),
  CONTACT_ATTEMPTED("Liên hệ người gửi"),
  EVIDENCE_ATTACHED("Đính kèm tư liệu xác minh"),
  VERIFIED("Xác minh: xác thực"),
  MARKED_UNREACHABLE("Không liên hệ được, chuyển Tổ tiếp nhận"),
  RECEPTION_ANSWERED("Tổ tiếp nhận trả lời công dân"),
  COMPLAINT_GUIDED("Hướng dẫn khiếu nại, tố cáo"),
  FLAGGED_COMPLEX("Đánh dấu phức tạp"),
  OPINION_REQUESTED("Xin ý kiến"),
  OPINION_GIVEN("Cho ý kiến"),
  DOCUMENT_DRAFTED("Dự thảo văn bản chuyển"),
  DOCUMENT_SIGNED("Ký văn bản chuyển"),
  FORWARDED("Chuyển xử lý"),
  UNIT_ANSWERED("Đơn vị trả lời"),
  CITIZEN_REPLIED("Trả lời công dân"),
  CLOSED("Kết thúc");

  private final String label;

  EventType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
