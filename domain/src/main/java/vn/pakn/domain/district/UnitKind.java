package vn.pakn.domain.district;

/** The kinds of unit petitions are forwarded to. */
public enum UnitKind {
  COMMUNE("UBND xã"),
  TOWN("UBND thị trấn"),
  DISTRICT_OFFICE("Cơ quan chuyên môn cấp huyện"),
  OTHER("Cơ quan, đơn vị khác");

  private final String label;

  UnitKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
