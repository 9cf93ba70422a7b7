package vn.pakn.domain.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.YearMonth;

/** A month, a quarter or a year to report on (R6). */
public record ReportPeriod(Granularity granularity, int year, int number) {

  public enum Granularity { MONTH, QUARTER, YEAR }

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  public ReportPeriod {
    checkNotNull(granularity, "granularity");
    checkArgument(year >= 2000 && year <= 2100, "Năm báo cáo phải từ 2000 đến 2100: %s", year);
    switch (granularity) {
      case MONTH -> checkArgument(number >= 1 && number <= 12, "Tháng phải từ 1 đến 12: %s", number);
      case QUARTER -> checkArgument(number >= 1 && number <= 4, "Quý phải từ 1 đến 4: %s", number);
      case YEAR -> checkArgument(number == 1, "Báo cáo năm không có số kỳ");
    }
  }

  public static ReportPeriod month(int year, int month) {
    return new ReportPeriod(Granularity.MONTH, year, month);
  }

  public static ReportPeriod quarter(int year, int quarter) {
    return new ReportPeriod(Granularity.QUARTER, year, quarter);
  }

  public static ReportPeriod year(int year) {
    return new ReportPeriod(Granularity.YEAR, year, 1);
  }

  public LocalDate start() {
    return switch (granularity) {
      case MONTH -> LocalDate.of(year, number, 1);
      case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
      case YEAR -> LocalDate.of(year, 1, 1);
    };
  }

  /** The last day, included. */
  public LocalDate end() {
    return switch (granularity) {
      case MONTH -> YearMonth.of(year, number).atEndOfMonth();
      case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
      case YEAR -> LocalDate.of(year, 12, 31);
    };
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /** "Tháng 3/2026", "Quý I/2026", "Năm 2026". */
  public String label() {
    return switch (granularity) {
      case MONTH -> "Tháng " + number + "/" + year;
      case QUARTER -> "Quý " + ROMAN[number - 1] + "/" + year;
      case YEAR -> "Năm " + year;
    };
  }
}
