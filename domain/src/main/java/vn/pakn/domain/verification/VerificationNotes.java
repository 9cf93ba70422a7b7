package vn.pakn.domain.verification;

/** The two verification notes of R2, verbatim from the seed (section II, points 1 and 2). */
public final class VerificationNotes {

  /** Case 1, step 3: the sender was reached and the content is genuine. */
  public static final String VERIFIED =
      "Thông tin xác minh của Tổ tiếp nhận phân luồng cấp huyện: Qua xác minh thấy nội dung công dân nêu là xác thực";

  /** Case 2: the sender cannot be reached; the petition goes to the reception team. */
  public static final String UNREACHABLE =
      "Thông tin xác minh của Tổ tiếp nhận phân luồng cấp huyện: Không liên hệ được với người gửi ý kiến do thông tin"
          + " cung cấp không đầy đủ (thiếu hoặc số điện thoại, email không chính xác), liên hệ với địa phương không có"
          + " thông tin như công dân nêu";

  private VerificationNotes() {}
}
