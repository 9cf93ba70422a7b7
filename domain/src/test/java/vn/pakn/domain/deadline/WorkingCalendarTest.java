package vn.pakn.domain.deadline;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private final WorkingCalendar national = WorkingCalendar.national();

  /** 2025 as decided for civil servants: Friday 02/05 off, worked on Saturday 26/04 instead. */
  private final WorkingCalendar swapped = WorkingCalendar.of(new CalendarAdjustments(
      ImmutableSortedSet.of(of(2025, 5, 2)), ImmutableSortedSet.of(of(2025, 4, 26))));

  @Test
  void givenFriday_whenAddingOneWorkingDay_thenMondayFollows() {
    assertThat(national.addWorkingDays(of(2025, 3, 7), 1)).isEqualTo(of(2025, 3, 10));
    assertThat(national.workingDaysBetween(of(2025, 3, 7), of(2025, 3, 10))).isEqualTo(1);
    assertThat(national.isWorkingDay(of(2025, 3, 8))).isFalse();
    assertThat(national.isWorkingDay(of(2025, 3, 9))).isFalse();
    assertThat(national.holidayName(of(2025, 3, 8))).isEmpty();
  }

  @Test
  void givenTheDayBeforeTet_whenAddingOneWorkingDay_thenTheDayAfterTetAndItsCompensatoryDayFollows() {
    // Tết 2025: Tue 28/01 to Sat 01/02, compensatory Mon 03/02.
    assertThat(national.addWorkingDays(of(2025, 1, 27), 1)).isEqualTo(of(2025, 2, 4));
    assertThat(national.nextWorkingDay(of(2025, 1, 27))).isEqualTo(of(2025, 2, 4));
    assertThat(national.workingDaysBetween(of(2025, 1, 24), of(2025, 2, 4))).isEqualTo(2);
    assertThat(national.holidayName(of(2025, 1, 29))).contains("Tết Nguyên đán");
  }

  @Test
  void givenVictoryAndLabourDayOnAWeekend_whenAddingOneWorkingDay_thenBothCompensatoryDaysAreSkipped() {
    // 2022: 30/4 Saturday, 1/5 Sunday, so Monday 2/5 and Tuesday 3/5 are off.
    assertThat(national.addWorkingDays(of(2022, 4, 29), 1)).isEqualTo(of(2022, 5, 4));
    assertThat(national.holidayName(of(2022, 5, 2))).contains("Nghỉ bù Ngày Chiến thắng");
    assertThat(national.holidayName(of(2022, 5, 3))).contains("Nghỉ bù Ngày Quốc tế Lao động");
  }

  @Test
  void givenHolidayOnSaturday_whenCheckingMonday_thenMondayIsCompensatoryDayOff() {
    // 01/01/2022 was a Saturday.
    assertThat(national.isWorkingDay(of(2022, 1, 3))).isFalse();
    assertThat(national.holidayName(of(2022, 1, 3))).contains("Nghỉ bù Tết Dương lịch");
    assertThat(national.isWorkingDay(of(2022, 1, 4))).isTrue();
  }

  @Test
  void givenAnExtraDayOffAndAMakeUpSaturday_whenCounting_thenTheSaturdayCountsAndTheFridayDoesNot() {
    assertThat(swapped.isWorkingDay(of(2025, 4, 26))).isTrue();
    assertThat(swapped.isWorkingDay(of(2025, 5, 2))).isFalse();
    assertThat(swapped.holidayName(of(2025, 5, 2))).contains(WorkingCalendar.EXTRA_DAY_OFF);
    assertThat(swapped.workingDaysBetween(of(2025, 4, 25), of(2025, 4, 28))).isEqualTo(2);
    assertThat(national.workingDaysBetween(of(2025, 4, 25), of(2025, 4, 28))).isEqualTo(1);
    assertThat(swapped.addWorkingDays(of(2025, 4, 29), 1)).isEqualTo(of(2025, 5, 5));
    assertThat(national.addWorkingDays(of(2025, 4, 29), 1)).isEqualTo(of(2025, 5, 2));
    assertThat(swapped.addWorkingDays(of(2025, 4, 25), 1)).isEqualTo(of(2025, 4, 26));
  }

  @Test
  void givenAMakeUpDayOnAHoliday_whenBuildingTheCalendar_thenItIsRefused() {
    CalendarAdjustments workOnVictoryDay = new CalendarAdjustments(
        ImmutableSortedSet.of(), ImmutableSortedSet.of(of(2022, 4, 30)));
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> WorkingCalendar.of(workOnVictoryDay))
        .withMessageContaining("Ngày Chiến thắng");
  }

  @Test
  void givenDatesAcrossNewYear_whenCounting_thenNewYearsDayIsSkippedAndReversedOrderIsNegative() {
    assertThat(national.workingDaysBetween(of(2024, 12, 31), of(2025, 1, 2))).isEqualTo(1);
    assertThat(national.workingDaysBetween(of(2025, 1, 2), of(2024, 12, 31))).isEqualTo(-1);
    assertThat(national.workingDaysBetween(of(2025, 1, 2), of(2025, 1, 2))).isZero();
    assertThat(national.addWorkingDays(of(2024, 12, 31), 1)).isEqualTo(of(2025, 1, 2));
    assertThat(national.addWorkingDays(of(2025, 1, 2), -1)).isEqualTo(of(2024, 12, 31));
    assertThat(national.addWorkingDays(of(2025, 2, 4), -1)).isEqualTo(of(2025, 1, 27));
    assertThat(national.addWorkingDays(of(2025, 2, 4), 0)).isEqualTo(of(2025, 2, 4));
  }

  @Test
  void givenEveryDayOfThreeYears_whenComparingWithADayByDayCount_thenArithmeticAgrees() {
    LocalDate from = of(2024, 1, 1);
    for (LocalDate start = from; start.getYear() < 2027; start = start.plusDays(1)) {
      for (int n : new int[] {1, 2, 10, 30, 400}) {
        LocalDate expected = start;
        for (int found = 0; found < n; ) {
          expected = expected.plusDays(1);
          if (swapped.isWorkingDay(expected)) {
            found++;
          }
        }
        assertThat(swapped.addWorkingDays(start, n)).as("%s + %s", start, n).isEqualTo(expected);
        assertThat(swapped.workingDaysBetween(start, expected)).as("(%s, %s]", start, expected).isEqualTo(n);
        if (swapped.isWorkingDay(start)) {
          assertThat(swapped.addWorkingDays(expected, -n)).as("%s - %s", expected, n).isEqualTo(start);
        }
      }
    }
  }

  @Test
  void givenAnOrdinaryWeekAndHolidays_whenCheckingDays_thenOnlyWeekdaysThatAreNotHolidaysWork() {
    assertThat(national.isWorkingDay(of(2025, 9, 3))).isTrue();
    assertThat(national.isWorkingDay(of(2025, 9, 1))).isFalse();
    assertThat(national.isWorkingDay(of(2025, 4, 7))).isFalse();
    assertThat(national.isWorkingDay(of(2026, 2, 16))).isFalse();
    assertThat(national.isWorkingDay(of(2026, 2, 23))).isTrue();
  }
}
