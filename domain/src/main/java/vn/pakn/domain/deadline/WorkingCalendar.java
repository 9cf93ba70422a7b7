package vn.pakn.domain.deadline;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The working days that deadlines count (R5): Monday to Friday, minus national holidays and the
 * district's extra days off, plus its make-up Saturdays and Sundays. Each year is tabulated once,
 * so queries only index arrays.
 */
public final class WorkingCalendar {

  /** The name given to a district's extra day off that is not a national holiday. */
  public static final String EXTRA_DAY_OFF = "Ngày nghỉ theo quyết định của cơ quan có thẩm quyền";

  private final CalendarAdjustments adjustments;
  private final AtomicReferenceArray<Year> years =
      new AtomicReferenceArray<>(VietnameseHolidays.LAST_YEAR - VietnameseHolidays.FIRST_YEAR + 1);

  private WorkingCalendar(CalendarAdjustments adjustments) {
    this.adjustments = adjustments;
  }

  /**
   * The calendar of a district. A make-up working day may not be a national holiday: a
   * holiday is never worked in exchange.
   */
  public static WorkingCalendar of(CalendarAdjustments adjustments) {
    checkNotNull(adjustments, "adjustments");
    for (LocalDate day : adjustments.makeUpWorkingDays()) {
      checkArgument(VietnameseHolidays.covers(day.getYear()), "Ngày làm bù %s ngoài phạm vi lịch", day);
      VietnameseHolidays.nameOf(day).ifPresent(name -> {
        throw new IllegalArgumentException("Ngày làm bù " + day + " là ngày nghỉ lễ, tết (" + name + ")");
      });
    }
    return new WorkingCalendar(adjustments);
  }

  /** The national calendar without district adjustments. */
  public static WorkingCalendar national() {
    return of(CalendarAdjustments.none());
  }

  public CalendarAdjustments adjustments() {
    return adjustments;
  }

  public boolean isWorkingDay(LocalDate date) {
    Year year = year(date.getYear());
    return year.working(year.index(date));
  }

  /** The national holiday, compensatory day or district extra day off on that date, by its Vietnamese name. */
  public Optional<String> holidayName(LocalDate date) {
    Optional<String> national = VietnameseHolidays.nameOf(date);
    if (national.isPresent() || !adjustments.extraDaysOff().contains(date)) {
      return national;
    }
    return Optional.of(EXTRA_DAY_OFF);
  }

  /**
   * The n-th working day after {@code start} ({@code start} itself does not count); for negative
   * n, the |n|-th working day before it; {@code start} for 0.
   */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    Year year = year(start.getYear());
    int index = year.index(start);
    if (n > 0) {
      int rank = year.countThrough(index) + n;
      while (rank > year.total()) {
        rank -= year.total();
        year = year(year.year + 1);
      }
      return year.dateOfRank(rank);
    }
    if (n < 0) {
      int rank = year.countBefore(index) + n + 1;
      while (rank < 1) {
        year = year(year.year - 1);
        rank += year.total();
      }
      return year.dateOfRank(rank);
    }
    return start;
  }

  /** The first working day after the date. */
  public LocalDate nextWorkingDay(LocalDate date) {
    return addWorkingDays(date, 1);
  }

  /** The working days in {@code (from, to]}; negative (those in {@code (to, from]}) when {@code to} is before {@code from}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    Year first = year(from.getYear());
    Year last = year(to.getYear());
    if (from.getYear() == to.getYear()) {
      return last.countThrough(last.index(to)) - first.countThrough(first.index(from));
    }
    int count = first.total() - first.countThrough(first.index(from));
    for (int y = from.getYear() + 1; y < to.getYear(); y++) {
      count += year(y).total();
    }
    return count + last.countThrough(last.index(to));
  }

  private Year year(int year) {
    checkArgument(VietnameseHolidays.covers(year), "Lịch làm việc chỉ có từ năm %s đến năm %s: %s",
        VietnameseHolidays.FIRST_YEAR, VietnameseHolidays.LAST_YEAR, year);
    int slot = year - VietnameseHolidays.FIRST_YEAR;
    Year table = years.get(slot);
    if (table == null) {
      years.compareAndSet(slot, null, new Year(year, adjustments));
      table = years.get(slot);
    }
    return table;
  }

  /** One year's working days, with running counts for constant-time counting and binary search by rank. */
  private static final class Year {
    final int year;
    private final LocalDate first;
    /** countBefore[i]: working days among the year's days with index below i; length days + 1. */
    private final int[] countBefore;

    Year(int year, CalendarAdjustments adjustments) {
      this.year = year;
      this.first = LocalDate.of(year, 1, 1);
      int days = first.lengthOfYear();
      var holidays = VietnameseHolidays.of(year);
      countBefore = new int[days + 1];
      LocalDate day = first;
      for (int i = 0; i < days; i++) {
        boolean working = adjustments.makeUpWorkingDays().contains(day)
            || !(VietnameseHolidays.isWeekend(day) || holidays.containsKey(day) || adjustments.extraDaysOff().contains(day));
        countBefore[i + 1] = countBefore[i] + (working ? 1 : 0);
        day = day.plusDays(1);
      }
    }

    int index(LocalDate date) {
      return date.getDayOfYear() - 1;
    }

    boolean working(int index) {
      return countBefore[index + 1] > countBefore[index];
    }

    int total() {
      return countBefore[countBefore.length - 1];
    }

    int countBefore(int index) {
      return countBefore[index];
    }

    int countThrough(int index) {
      return countBefore[index + 1];
    }

    /** The rank-th working day of the year (1-based): the day whose index i is the least with countBefore[i + 1] >= rank. */
    LocalDate dateOfRank(int rank) {
      int low = 1;
      int high = countBefore.length - 1;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (countBefore[mid] >= rank) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      return first.plusDays(low - 1);
    }
  }
}
