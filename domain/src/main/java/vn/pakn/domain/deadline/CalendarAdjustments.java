package vn.pakn.domain.deadline;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;

/**
 * A district's changes to the national calendar: extra days off (e.g. the government's bridge
 * days) and make-up working days (Saturdays worked in exchange).
 */
public record CalendarAdjustments(SortedSet<LocalDate> extraDaysOff, SortedSet<LocalDate> makeUpWorkingDays) {

  public CalendarAdjustments {
    extraDaysOff = ImmutableSortedSet.copyOf(extraDaysOff);
    makeUpWorkingDays = ImmutableSortedSet.copyOf(makeUpWorkingDays);
    Set<LocalDate> both = Sets.intersection(extraDaysOff, makeUpWorkingDays);
    checkArgument(both.isEmpty(), "Ngày vừa là ngày nghỉ vừa là ngày làm bù: %s", both);
    for (LocalDate day : makeUpWorkingDays) {
      checkArgument(day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY,
          "Ngày làm bù %s không phải thứ Bảy hay Chủ nhật", day);
    }
  }

  public static CalendarAdjustments none() {
    return new CalendarAdjustments(ImmutableSortedSet.of(), ImmutableSortedSet.of());
  }
}
