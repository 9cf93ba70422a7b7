package vn.pakn.domain.roster;

import java.util.List;
import org.immutables.value.Value;

/** A subject area (lĩnh vực), owned by exactly one member of the roster. */
@Value.Immutable
public abstract class Sector {

  public abstract SectorCode code();

  /** Vietnamese name, e.g. "Giao thông vận tải". */
  public abstract String name();

  public abstract PersonId owner();

  @Value.Default
  public SectorKind kind() {
    return SectorKind.ORDINARY;
  }

  /** Other names citizens pick or write for this sector ("GTVT", "Giao thông"). */
  public abstract List<String> aliases();

  /** Words and phrases in a petition's text that point to this sector. */
  public abstract List<Keyword> keywords();

  @Value.Check
  protected void check() {
    com.google.common.base.Preconditions.checkArgument(!name().isBlank(), "Lĩnh vực %s chưa có tên", code());
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableSector.Builder {}
}
