package vn.pakn.domain.petition;

/** How the petition arrived. */
public enum Channel {
  WEB("Cổng thông tin"),
  OPEN311("Ứng dụng công dân (Open311)"),
  PHONE("Điện thoại"),
  EMAIL("Thư điện tử"),
  DIRECT("Trực tiếp"),
  OTHER("Khác");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
