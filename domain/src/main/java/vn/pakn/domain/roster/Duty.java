package vn.pakn.domain.roster;

/**
 * Duties beyond owning sectors (seed, section I). Those marked required must be held by someone,
 * or the roster does not build.
 */
public enum Duty {
  /** Quản lý các tài khoản người dùng — the leader's (I.1, R7). */
  ACCOUNT_MANAGEMENT("Quản lý các tài khoản người dùng", true),
  /** Cho ý kiến đối với việc chuyển xử lý — leader and deputy (I.1, I.2, R3). */
  ROUTING_OPINIONS("Cho ý kiến đối với việc chuyển xử lý phản ánh, kiến nghị", true),
  /** Ký ban hành văn bản chuyển — the leader (R3). */
  SIGNING("Ký ban hành văn bản chuyển phản ánh, kiến nghị", true),
  /** Đôn đốc, kiểm tra các tổ viên, giám sát các đơn vị — leader and deputy. */
  SUPERVISION("Đôn đốc, kiểm tra tổ viên; giám sát các cơ quan, đơn vị", false),
  /** Đôn đốc, nhắc nhở khi quá hạn (3.2.5, R5). */
  OVERDUE_REMINDERS("Đôn đốc, nhắc nhở các thành viên khi quá hạn", true),
  /** Phụ trách kỹ thuật Hệ thống, hướng dẫn, tập huấn (3.2.5). */
  TECHNICAL_SUPPORT("Phụ trách kỹ thuật Hệ thống, hướng dẫn, tập huấn", true),
  /** Tổng hợp, báo cáo tháng, quý, năm (3.2.6, R6). */
  PERIODIC_REPORTS("Tổng hợp, báo cáo tháng, quý, năm", true),
  /** Soạn thảo, trình ký các văn bản của Tổ; công tác hành chính (3.2.6). */
  DOCUMENT_DRAFTING("Soạn thảo, trình ký các văn bản của Tổ công tác", false);

  private final String label;
  private final boolean required;

  Duty(String label, boolean required) {
    this.label = label;
    this.required = required;
  }

  public String label() {
    return label;
  }

  /** Whether a roster without a holder of this duty is invalid. */
  public boolean required() {
    return required;
  }
}
