package vn.pakn.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.report.PeriodReport;
import vn.pakn.domain.report.ReportPeriod;
import vn.pakn.domain.report.ReportPeriod.Granularity;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.SectorCode;

/**
 * R6: {@code GET /api/v1/reports?period=MONTH|QUARTER|YEAR&year=&number=} — the period's figures, with the
 * Vietnamese names of sectors, members, units and outcomes taken from the district profile.
 */
public final class ReportRoutes implements RouteModule {

  static final String UNPLACED_LABEL = "Chưa xác định lĩnh vực";

  private final Api api;

  public ReportRoutes(Api api) {
    this.api = api;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(PetitionRoutes.BASE + "/reports", this::report);
  }

  /** One line of a breakdown: a code, its name, the count. */
  public record Line(String code, String name, long count) {}

  private void report(Context ctx) {
    Actor actor = api.actor(ctx);
    ReportPeriod period = period(ctx);
    PeriodReport r = Api.value(api.useCases.reports().produce(actor, period));
    DistrictProfile profile = api.useCases.roster().current();
    Map<String, Object> out = new TreeMap<>();
    Map<String, Object> p = new TreeMap<>();
    p.put("granularity", period.granularity().name());
    p.put("year", period.year());
    p.put("number", period.number());
    p.put("label", period.label());
    p.put("start", period.start());
    p.put("end", period.end());
    out.put("period", p);
    out.put("district", profile.districtName());
    out.put("received", r.received());
    out.put("forwarded", r.forwarded());
    out.put("answeredOnTime", r.answeredOnTime());
    out.put("answeredLate", r.answeredLate());
    out.put("overdue", r.overdue());
    out.put("avgWorkingDaysToForward", average(r.avgWorkingDaysToForward()));
    out.put("avgWorkingDaysToAnswer", average(r.avgWorkingDaysToAnswer()));
    out.put("bySector", lines(r.bySector(), code -> PeriodReport.UNPLACED.equals(code) ? UNPLACED_LABEL
        : profile.roster().findSector(SectorCode.of(code)).map(s -> s.name()).orElse(code)));
    out.put("byMember", lines(r.byMember(),
        id -> profile.roster().findPerson(PersonId.of(id)).map(x -> x.fullName()).orElse(id)));
    out.put("byUnit", lines(r.byUnit(), id -> profile.findUnit(UnitId.of(id)).map(u -> u.name()).orElse(id)));
    out.put("byOutcome", r.byOutcome().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new Line(e.getKey().name(), e.getKey().label(), e.getValue())).toList());
    ctx.json(out);
  }

  private static Double average(OptionalDouble d) {
    return d.isPresent() ? Math.round(d.getAsDouble() * 10) / 10.0 : null;
  }

  private static List<Line> lines(Map<String, Long> counts, Function<String, String> name) {
    return counts.entrySet().stream()
        .map(e -> new Line(e.getKey(), nameOf(name, e.getKey()), e.getValue()))
        .sorted(Comparator.comparingLong(Line::count).reversed().thenComparing(Line::code))
        .toList();
  }

  private static String nameOf(Function<String, String> name, String code) {
    try {
      return name.apply(code);
    } catch (IllegalArgumentException e) {
      return code;
    }
  }

  static ReportPeriod period(Context ctx) {
    Granularity granularity = Api.query(ctx, "period", 10).map(v -> {
      try {
        return Granularity.valueOf(v.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw HttpProblem.validation("period", "phải là một trong: "
            + String.join(", ", Arrays.stream(Granularity.values()).map(Enum::name).toList()));
      }
    }).orElseThrow(() -> HttpProblem.validation("period", "bắt buộc: MONTH, QUARTER hoặc YEAR"));
    int year = Api.query(ctx, "year", 4).map(v -> integer("year", v))
        .orElseThrow(() -> HttpProblem.validation("year", "bắt buộc, ví dụ 2026"));
    int number = Api.query(ctx, "number", 2).map(v -> integer("number", v))
        .orElseGet(() -> {
          if (granularity == Granularity.YEAR) {
            return 1;
          }
          throw HttpProblem.validation("number", granularity == Granularity.MONTH ? "bắt buộc: tháng từ 1 đến 12"
              : "bắt buộc: quý từ 1 đến 4");
        });
    if (year < 2000 || year > 2100) {
      throw HttpProblem.validation("year", "năm báo cáo phải từ 2000 đến 2100");
    }
    try {
      return new ReportPeriod(granularity, year, number);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.validation("number", e.getMessage());
    }
  }

  private static int integer(String field, String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw HttpProblem.validation(field, "phải là số nguyên");
    }
  }
}
