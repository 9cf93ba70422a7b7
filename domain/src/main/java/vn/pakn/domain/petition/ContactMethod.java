package vn.pakn.domain.petition;

/** How the member tried to reach the sender (R2 case 1). */
public enum ContactMethod {
  CALL("Gọi điện"),
  EMAIL("Email");

  private final String label;

  ContactMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
