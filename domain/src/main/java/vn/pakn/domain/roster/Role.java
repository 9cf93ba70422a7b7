package vn.pakn.domain.roster;

/** A person's position in the working group. */
public enum Role {
  LEADER("Tổ trưởng"),
  DEPUTY("Tổ phó"),
  MEMBER("Tổ viên");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** The Vietnamese title, as the seed writes it. */
  public String label() {
    return label;
  }
}
