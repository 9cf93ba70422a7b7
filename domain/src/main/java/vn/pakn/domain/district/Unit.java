package vn.pakn.domain.district;

import java.util.List;
import org.immutables.value.Value;

/** A competent unit (cơ quan, đơn vị có thẩm quyền) that resolves forwarded petitions. */
@Value.Immutable
public abstract class Unit {

  public abstract UnitId id();

  /** e.g. "UBND xã Hồng Việt", "Phòng Tài nguyên và Môi trường". */
  public abstract String name();

  public abstract UnitKind kind();

  public abstract Representative representative();

  /** Other ways citizens name it ("xa Hong Viet"), for suggesting the unit from the text. */
  public abstract List<String> aliases();

  @Value.Check
  protected void check() {
    com.google.common.base.Preconditions.checkArgument(!name().isBlank(), "Đơn vị %s chưa có tên", id());
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableUnit.Builder {}
}
