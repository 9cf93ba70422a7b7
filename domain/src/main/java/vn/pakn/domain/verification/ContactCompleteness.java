package vn.pakn.domain.verification;

/** How much of the sender's contact the petition gives, by the R2 rule. */
public enum ContactCompleteness {
  /** Full name and a valid mobile number or e-mail: case 1, the member contacts the sender. */
  FULL("Đầy đủ"),
  /** Something, but not a full name with a valid contact. */
  PARTIAL("Thiếu thông tin"),
  /** A phone or e-mail was given, but none is valid. */
  INVALID("Không chính xác"),
  /** Nothing at all: anonymous. */
  NONE("Không có");

  private final String label;

  ContactCompleteness(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Case 1 applies only with full details. */
  public boolean allowsContact() {
    return this == FULL;
  }
}
