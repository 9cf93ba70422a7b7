package vn.pakn.domain.verification;

import vn.pakn.domain.roster.SectorKind;

/**
 * R2 case 3: complaints, denunciations and corruption reports are not forwarded; the member answers
 * the citizen with guidance to send a formal petition to the competent authority under the laws.
 */
public final class ComplaintGuidance {

  public static final String LAWS =
      "Luật Khiếu nại năm 2011, Luật Tố cáo năm 2018 và Luật Phòng, chống tham nhũng năm 2018";

  private ComplaintGuidance() {}

  /** The reply to the citizen for a petition of this kind. */
  public static String replyFor(SectorKind kind) {
    String what = switch (kind) {
      case COMPLAINT -> "có nội dung khiếu nại";
      case DENUNCIATION -> "có nội dung tố cáo";
      case CORRUPTION -> "có nội dung liên quan đến phòng, chống tham nhũng";
      case ORDINARY -> "có nội dung khiếu nại, tố cáo, phòng, chống tham nhũng";
    };
    return "Tổ công tác tiếp nhận và xử lý thông tin trả lời công dân: Phản ánh, kiến nghị của Ông/Bà " + what
        + ", không thuộc phạm vi chuyển xử lý trên Hệ thống kết nối người dân, doanh nghiệp với chính quyền. "
        + "Đề nghị Ông/Bà gửi đơn đến cơ quan, người có thẩm quyền giải quyết khiếu nại, tố cáo theo quy định của "
        + "pháp luật về khiếu nại, tố cáo, phòng, chống tham nhũng (" + LAWS + ") để được xem xét, giải quyết.";
  }
}
