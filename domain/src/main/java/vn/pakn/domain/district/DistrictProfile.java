package vn.pakn.domain.district;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import vn.pakn.domain.deadline.CalendarAdjustments;
import vn.pakn.domain.deadline.DeadlineRules;
import vn.pakn.domain.roster.Roster;

/**
 * Everything a district can differ in, as data: the roster with its sectors, the units, the
 * reception team, deadline rules and calendar adjustments. Hòa An's ships as the default profile.
 */
@Value.Immutable
public abstract class DistrictProfile {

  /** e.g. "Hòa An". */
  public abstract String districtName();

  /** e.g. "Cao Bằng". */
  public abstract String provinceName();

  /** The issuing body for forwarding documents, e.g. "UBND HUYỆN HÒA AN". */
  public abstract String issuingBody();

  /** The group's document symbol, e.g. "TCTTNXLTT" (number and symbol: "01/TCTTNXLTT"). */
  public abstract String documentSymbol();

  public abstract Roster roster();

  public abstract List<Unit> units();

  public abstract ReceptionTeam receptionTeam();

  public abstract DeadlineRules deadlineRules();

  public abstract CalendarAdjustments calendarAdjustments();

  @Value.Derived
  Map<UnitId, Unit> unitsById() {
    return ImmutableMap.copyOf(units().stream()
        .collect(Collectors.toMap(Unit::id, Function.identity(), (a, b) -> a)));
  }

  @Value.Check
  protected void validate() {
    List<String> problems = new ArrayList<>();
    units().stream().collect(Collectors.groupingBy(u -> u.id().value(), Collectors.counting()))
        .forEach((id, n) -> {
          if (n > 1) {
            problems.add("mã đơn vị '" + id + "' xuất hiện " + n + " lần");
          }
        });
    if (units().isEmpty()) {
      problems.add("chưa có đơn vị nào để chuyển xử lý");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Hồ sơ huyện " + districtName() + " không hợp lệ: " + String.join("; ", problems));
    }
  }

  public Optional<Unit> findUnit(UnitId id) {
    return Optional.ofNullable(unitsById().get(id));
  }

  public Unit unit(UnitId id) {
    return findUnit(id).orElseThrow(() -> new NoSuchElementException("Không có đơn vị '" + id + "'"));
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableDistrictProfile.Builder {}
}
