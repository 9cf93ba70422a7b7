package vn.pakn.domain.access;

/**
 * The roles of accounts (R7). Triage accounts (leader, deputy, members) and handling accounts
 * (the reception team, the units) are distinct.
 */
public enum ActorRole {
  LEADER("Tổ trưởng", true),
  DEPUTY("Tổ phó", true),
  MEMBER("Tổ viên", true),
  RECEPTION("Tổ tiếp nhận (tài khoản xử lý)", false),
  UNIT("Đơn vị xử lý (tài khoản xử lý)", false);

  private final String label;
  private final boolean triage;

  ActorRole(String label, boolean triage) {
    this.label = label;
    this.triage = triage;
  }

  public String label() {
    return label;
  }

  /** A triage account of the working group, as opposed to a handling account. */
  public boolean triage() {
    return triage;
  }
}
