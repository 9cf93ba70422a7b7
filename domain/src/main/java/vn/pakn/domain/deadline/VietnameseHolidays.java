package vn.pakn.domain.deadline;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.EastAsianYear;
import net.time4j.calendar.VietnameseCalendar;

/**
 * The national public holidays of a year (R5; Bộ luật Lao động 2019, Điều 112) with their
 * compensatory days off (Điều 111 khoản 3), dates computed for the Vietnamese lunar calendar.
 *
 * <p>Choices, since the government fixes some days by decision each year and a district adds the
 * rest through {@link CalendarAdjustments#extraDaysOff()}:
 * <ul>
 *   <li>Tết Nguyên đán's five days are the last day of the lunar year (the day before mùng 1)
 *       and mùng 1 to mùng 4;</li>
 *   <li>Quốc khánh's adjacent day is 1/9, the usual choice since 2021; before 2021 (Bộ luật Lao
 *       động 2012) Quốc khánh was 2/9 alone;</li>
 *   <li>each holiday falling on a Saturday or Sunday gives one compensatory day ("Nghỉ bù …"): the
 *       first following Monday-to-Friday that is neither a holiday nor already a compensatory day;</li>
 *   <li>two holidays on one date (Giỗ Tổ may meet 30/4) make one day off under both names.</li>
 * </ul>
 * Years from {@value #FIRST_YEAR} to {@value #LAST_YEAR}; each year is computed once and cached.
 */
public final class VietnameseHolidays {

  /** The first year covered: Bộ luật Lao động 2012 (five days of Tết) took effect in 2013. */
  public static final int FIRST_YEAR = 2013;
  /** The last year covered. */
  public static final int LAST_YEAR = 2100;
  /** From this year on Quốc khánh has two days (Bộ luật Lao động 2019). */
  static final int TWO_DAY_NATIONAL_DAY_FROM = 2021;

  static final String NEW_YEAR = "Tết Dương lịch";
  static final String TET = "Tết Nguyên đán";
  static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
  static final String VICTORY = "Ngày Chiến thắng";
  static final String LABOUR = "Ngày Quốc tế Lao động";
  static final String NATIONAL_DAY = "Quốc khánh";
  static final String COMPENSATORY = "Nghỉ bù ";

  private static final AtomicReferenceArray<ImmutableSortedMap<LocalDate, String>> CACHE =
      new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

  private VietnameseHolidays() {}

  /** Whether {@link #of(int)} covers the year. */
  public static boolean covers(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /** Every holiday and compensatory day of the year, by date, with its Vietnamese name. */
  public static ImmutableSortedMap<LocalDate, String> of(int year) {
    checkArgument(covers(year), "Chưa có lịch nghỉ lễ, tết cho năm %s (chỉ từ %s đến %s)", year, FIRST_YEAR, LAST_YEAR);
    ImmutableSortedMap<LocalDate, String> days = CACHE.get(year - FIRST_YEAR);
    if (days == null) {
      days = compute(year);
      CACHE.compareAndSet(year - FIRST_YEAR, null, days);
    }
    return days;
  }

  /** The Vietnamese name of the holiday or compensatory day on that date, if it is one. */
  public static Optional<String> nameOf(LocalDate date) {
    return Optional.ofNullable(of(date.getYear()).get(date));
  }

  /** Mùng 1 Tết (the first day of the lunar year that begins in this Gregorian year). */
  public static LocalDate lunarNewYear(int year) {
    checkArgument(covers(year), "Năm ngoài phạm vi: %s", year);
    return toLocalDate(VietnameseCalendar.ofTet(year));
  }

  /** Giỗ Tổ Hùng Vương: the 10th day of the (non-leap) 3rd lunar month of the year that begins in this Gregorian year. */
  public static LocalDate hungKingsDay(int year) {
    checkArgument(covers(year), "Năm ngoài phạm vi: %s", year);
    return toLocalDate(VietnameseCalendar.of(EastAsianYear.forGregorian(year), EastAsianMonth.valueOf(3), 10));
  }

  private static LocalDate toLocalDate(VietnameseCalendar lunar) {
    return lunar.transform(PlainDate.class).toTemporalAccessor();
  }

  private static ImmutableSortedMap<LocalDate, String> compute(int year) {
    TreeMap<LocalDate, String> days = new TreeMap<>();
    add(days, LocalDate.of(year, Month.JANUARY, 1), NEW_YEAR);
    LocalDate tet = lunarNewYear(year);
    for (int offset = -1; offset <= 3; offset++) {
      add(days, tet.plusDays(offset), TET);
    }
    add(days, hungKingsDay(year), HUNG_KINGS);
    add(days, LocalDate.of(year, Month.APRIL, 30), VICTORY);
    add(days, LocalDate.of(year, Month.MAY, 1), LABOUR);
    if (year >= TWO_DAY_NATIONAL_DAY_FROM) {
      add(days, LocalDate.of(year, Month.SEPTEMBER, 1), NATIONAL_DAY);
    }
    add(days, LocalDate.of(year, Month.SEPTEMBER, 2), NATIONAL_DAY);

    TreeMap<LocalDate, String> withCompensatory = new TreeMap<>(days);
    for (Map.Entry<LocalDate, String> holiday : days.entrySet()) {
      if (isWeekend(holiday.getKey())) {
        LocalDate compensatory = holiday.getKey().plusDays(1);
        while (isWeekend(compensatory) || withCompensatory.containsKey(compensatory)) {
          compensatory = compensatory.plusDays(1);
        }
        withCompensatory.put(compensatory, COMPENSATORY + holiday.getValue());
      }
    }
    return ImmutableSortedMap.copyOfSorted(withCompensatory);
  }

  private static void add(TreeMap<LocalDate, String> days, LocalDate date, String name) {
    days.merge(date, name, (a, b) -> a.equals(b) ? a : a + "; " + b);
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
