package vn.pakn.adapters.http.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.report.Outcome;
import vn.pakn.domain.report.PeriodReport;
import vn.pakn.domain.report.ReportPeriod;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.SectorCode;

/**
 * R6 reports ({@code /bao-cao}): a month, quarter or year; the tables; a chart by sector and one of on-time,
 * late and overdue answers per month; XLSX and CSV (UTF-8 with BOM) with Vietnamese headers.
 */
public final class ReportPages {

  /** One line of a report table. */
  public record Line(String label, long count) {}

  /** A titled table of counts. */
  public record Table(String id, String title, String column, List<Line> lines) {}

  /** The report page's model; chart data as JSON text for the canvas's data attributes. */
  public record ReportPage(Chrome chrome, String kind, int year, int number, String periodLabel, String query,
      List<Line> summary, List<Table> tables, String sectorLabels, String sectorSets, String monthLabels,
      String monthSets, String error) {}

  private final Web web;

  ReportPages(Web web) {
    this.web = web;
  }

  void register(RoutesConfig routes) {
    routes.get("/bao-cao", web.page("bao-cao", this::page));
    routes.get("/bao-cao.xlsx", web.page("bao-cao", this::xlsx));
    routes.get("/bao-cao.csv", web.page("bao-cao", this::csv));
  }

  private ReportPeriod period(Context ctx) {
    LocalDate today = web.api.today();
    String kind = param(ctx, "ky", "thang");
    int year = number(ctx, "nam", today.getYear());
    try {
      return switch (kind) {
        case "quy" -> ReportPeriod.quarter(year, number(ctx, "so", (today.getMonthValue() - 1) / 3 + 1));
        case "nam" -> ReportPeriod.year(year);
        case "thang" -> ReportPeriod.month(year, number(ctx, "so", today.getMonthValue()));
        default -> throw new WebException(400, "Kỳ báo cáo phải là tháng, quý hoặc năm");
      };
    } catch (IllegalArgumentException e) {
      throw new WebException(400, e.getMessage());
    }
  }

  private static String param(Context ctx, String name, String otherwise) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? otherwise : v.strip();
  }

  private static int number(Context ctx, String name, int otherwise) {
    try {
      return Integer.parseInt(param(ctx, name, String.valueOf(otherwise)));
    } catch (NumberFormatException e) {
      throw new WebException(400, "Kỳ báo cáo: '" + ctx.queryParam(name) + "' không phải là số");
    }
  }

  private static String kind(ReportPeriod p) {
    return switch (p.granularity()) {
      case MONTH -> "thang";
      case QUARTER -> "quy";
      case YEAR -> "nam";
    };
  }

  private void page(Context ctx, Actor actor, Chrome chrome) {
    ReportPeriod period = period(ctx);
    PeriodReport report = Web.value(web.api.useCases.reports().produce(actor, period));
    DistrictProfile profile = web.api.useCases.roster().current();
    List<Table> tables = tables(profile, report);
    Table bySector = tables.get(0);
    List<String> months = new ArrayList<>();
    List<Long> onTime = new ArrayList<>();
    List<Long> late = new ArrayList<>();
    List<Long> overdue = new ArrayList<>();
    for (LocalDate m = period.start(); !m.isAfter(period.end()); m = m.plusMonths(1)) {
      PeriodReport month = Web.value(web.api.useCases.reports().produce(actor,
          ReportPeriod.month(m.getYear(), m.getMonthValue())));
      months.add(String.format(Locale.ROOT, "%02d/%d", m.getMonthValue(), m.getYear()));
      onTime.add(month.answeredOnTime());
      late.add(month.answeredLate());
      overdue.add(month.overdue());
    }
    String query = "ky=" + kind(period) + "&nam=" + period.year() + "&so=" + period.number();
    web.render(ctx, "report.jte", new ReportPage(chrome, kind(period), period.year(), period.number(),
        period.label(), query, summary(report), tables,
        jsonStrings(bySector.lines().stream().map(Line::label).toList()),
        "[{\"label\":\"Số phản ánh\",\"data\":" + bySector.lines().stream().map(l -> String.valueOf(l.count()))
            .collect(Collectors.joining(",", "[", "]")) + "}]",
        jsonStrings(months),
        "[{\"label\":\"Trả lời đúng hạn\",\"data\":" + longs(onTime) + "},{\"label\":\"Trả lời quá hạn\",\"data\":"
            + longs(late) + "},{\"label\":\"Quá hạn chưa trả lời\",\"data\":" + longs(overdue) + "}]",
        null));
  }

  private static String longs(List<Long> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
  }

  private static String jsonStrings(List<String> values) {
    return values.stream().map(ReportPages::jsonString).collect(Collectors.joining(",", "[", "]"));
  }

  private static String jsonString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  static List<Line> summary(PeriodReport r) {
    List<Line> out = new ArrayList<>();
    out.add(new Line("Phản ánh tiếp nhận trong kỳ", r.received()));
    out.add(new Line("Đã chuyển xử lý", r.forwarded()));
    out.add(new Line("Đơn vị trả lời đúng hạn", r.answeredOnTime()));
    out.add(new Line("Đơn vị trả lời quá hạn", r.answeredLate()));
    out.add(new Line("Quá hạn chưa trả lời", r.overdue()));
    return out;
  }

  static List<Table> tables(DistrictProfile profile, PeriodReport r) {
    Function<String, String> sector = code -> PeriodReport.UNPLACED.equals(code) ? "Chưa xác định lĩnh vực"
        : profile.roster().findSector(SectorCode.of(code)).map(s -> s.name()).orElse(code);
    Function<String, String> person = id -> profile.roster().findPerson(PersonId.of(id)).map(p -> p.fullName())
        .orElse(id);
    Function<String, String> unit = id -> profile.findUnit(UnitId.of(id)).map(u -> u.name()).orElse(id);
    List<Table> out = new ArrayList<>();
    out.add(new Table("by-sector", "Theo lĩnh vực", "Lĩnh vực", lines(r.bySector(), sector)));
    out.add(new Table("by-member", "Theo thành viên phụ trách", "Thành viên", lines(r.byMember(), person)));
    out.add(new Table("by-unit", "Theo đơn vị xử lý", "Đơn vị", lines(r.byUnit(), unit)));
    List<Line> outcomes = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      outcomes.add(new Line(o.label(), r.byOutcome().getOrDefault(o, 0L)));
    }
    out.add(new Table("by-outcome", "Theo kết quả", "Kết quả", outcomes));
    return out;
  }

  private static List<Line> lines(Map<String, Long> counts, Function<String, String> name) {
    return counts.entrySet().stream().map(e -> new Line(name.apply(e.getKey()), e.getValue()))
        .sorted(Comparator.comparingLong(Line::count).reversed().thenComparing(Line::label)).toList();
  }

  private void xlsx(Context ctx, Actor actor, Chrome chrome) {
    ReportPeriod period = period(ctx);
    PeriodReport report = Web.value(web.api.useCases.reports().produce(actor, period));
    byte[] bytes = workbook(web.api.useCases.roster().current(), report);
    ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("Cache-Control", "no-store")
        .header("Content-Disposition", "attachment; filename=\"bao-cao-" + fileSuffix(period) + ".xlsx\"")
        .result(bytes);
  }

  private static String fileSuffix(ReportPeriod p) {
    return kind(p) + "-" + p.year() + (p.granularity() == ReportPeriod.Granularity.YEAR ? "" : "-" + p.number());
  }

  static byte[] workbook(DistrictProfile profile, PeriodReport report) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet summary = wb.createSheet("Tổng hợp");
      Row title = summary.createRow(0);
      title.createCell(0).setCellValue("Báo cáo kết quả hoạt động của Tổ công tác — " + report.period().label());
      title.getCell(0).setCellStyle(bold);
      header(summary.createRow(2), bold, "Chỉ tiêu", "Số lượng");
      int i = 3;
      for (Line l : summary(report)) {
        Row row = summary.createRow(i++);
        row.createCell(0).setCellValue(l.label());
        row.createCell(1).setCellValue(l.count());
      }
      summary.setColumnWidth(0, 40 * 256);
      for (Table t : tables(profile, report)) {
        Sheet sheet = wb.createSheet(t.title());
        header(sheet.createRow(0), bold, t.column(), "Số phản ánh");
        int r = 1;
        for (Line l : t.lines()) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(l.label());
          row.createCell(1).setCellValue(l.count());
        }
        sheet.setColumnWidth(0, 45 * 256);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void header(Row row, CellStyle style, String... names) {
    for (int c = 0; c < names.length; c++) {
      row.createCell(c).setCellValue(names[c]);
      row.getCell(c).setCellStyle(style);
    }
  }

  private void csv(Context ctx, Actor actor, Chrome chrome) {
    ReportPeriod period = period(ctx);
    PeriodReport report = Web.value(web.api.useCases.reports().produce(actor, period));
    StringBuilder b = new StringBuilder("\uFEFF");
    b.append("Bảng,Nội dung,Số lượng\r\n");
    for (Line l : summary(report)) {
      b.append(cell("Tổng hợp")).append(',').append(cell(l.label())).append(',').append(l.count()).append("\r\n");
    }
    for (Table t : tables(web.api.useCases.roster().current(), report)) {
      for (Line l : t.lines()) {
        b.append(cell(t.title())).append(',').append(cell(l.label())).append(',').append(l.count()).append("\r\n");
      }
    }
    ctx.contentType("text/csv; charset=utf-8").header("Cache-Control", "no-store")
        .header("Content-Disposition", "attachment; filename=\"bao-cao-" + fileSuffix(period) + ".csv\"")
        .result(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A CSV cell, quoted; a leading =, +, - or @ is neutralised so no spreadsheet runs it as a formula. */
  private static String cell(String v) {
    String s = v;
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
