package vn.pakn.domain.deadline;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VietnameseHolidaysTest {

  /**
   * Mùng 1 Tết as published in Vietnam. 2030 is 02/02, not China's 03/02: the new moon falls at
   * 23:07 on 02/02/2030 in Vietnam's time zone (UTC+7) and 00:07 on 03/02 in China's (UTC+8).
   */
  private static final Map<Integer, LocalDate> TET = Map.ofEntries(
      entry(2020, of(2020, 1, 25)), entry(2021, of(2021, 2, 12)), entry(2022, of(2022, 2, 1)),
      entry(2023, of(2023, 1, 22)), entry(2024, of(2024, 2, 10)), entry(2025, of(2025, 1, 29)),
      entry(2026, of(2026, 2, 17)), entry(2027, of(2027, 2, 6)), entry(2028, of(2028, 1, 26)),
      entry(2029, of(2029, 2, 13)), entry(2030, of(2030, 2, 2)));

  /** Giỗ Tổ Hùng Vương (10/3 âm lịch) as published; 2020, 2023, 2025 and 2028 have a leap month. */
  private static final Map<Integer, LocalDate> HUNG_KINGS = Map.ofEntries(
      entry(2020, of(2020, 4, 2)), entry(2021, of(2021, 4, 21)), entry(2022, of(2022, 4, 10)),
      entry(2023, of(2023, 4, 29)), entry(2024, of(2024, 4, 18)), entry(2025, of(2025, 4, 7)),
      entry(2026, of(2026, 4, 26)), entry(2027, of(2027, 4, 16)), entry(2028, of(2028, 4, 4)),
      entry(2029, of(2029, 4, 23)), entry(2030, of(2030, 4, 12)));

  @Test
  void givenYears2020To2030_whenComputingTet_thenMatchesThePublishedDates() {
    for (int year = 2020; year <= 2030; year++) {
      assertThat(VietnameseHolidays.lunarNewYear(year)).as("Tết %s", year).isEqualTo(TET.get(year));
      assertThat(VietnameseHolidays.nameOf(TET.get(year))).as("Tết %s", year)
          .contains(VietnameseHolidays.TET);
    }
  }

  @Test
  void givenYears2020To2030_whenComputingGioTo_thenMatchesThePublishedDates() {
    for (int year = 2020; year <= 2030; year++) {
      assertThat(VietnameseHolidays.hungKingsDay(year)).as("Giỗ Tổ %s", year).isEqualTo(HUNG_KINGS.get(year));
      assertThat(VietnameseHolidays.nameOf(HUNG_KINGS.get(year)).orElseThrow()).as("Giỗ Tổ %s", year)
          .contains("Giỗ Tổ Hùng Vương");
    }
  }

  @Test
  void given2025_whenListingHolidays_thenEveryStatutoryDayAndTheCompensatoryDayAreThere() {
    assertThat(VietnameseHolidays.of(2025)).containsExactly(
        entry(of(2025, 1, 1), "Tết Dương lịch"),
        entry(of(2025, 1, 28), "Tết Nguyên đán"),
        entry(of(2025, 1, 29), "Tết Nguyên đán"),
        entry(of(2025, 1, 30), "Tết Nguyên đán"),
        entry(of(2025, 1, 31), "Tết Nguyên đán"),
        entry(of(2025, 2, 1), "Tết Nguyên đán"),
        entry(of(2025, 2, 3), "Nghỉ bù Tết Nguyên đán"),
        entry(of(2025, 4, 7), "Giỗ Tổ Hùng Vương"),
        entry(of(2025, 4, 30), "Ngày Chiến thắng"),
        entry(of(2025, 5, 1), "Ngày Quốc tế Lao động"),
        entry(of(2025, 9, 1), "Quốc khánh"),
        entry(of(2025, 9, 2), "Quốc khánh"));
  }

  @Test
  void givenTetStartingOnSaturday_whenListingHolidays_thenTheDayBeforeMung1IsOffAndWeekendDaysAreCompensatedAfterTet() {
    // 2024: mùng 1 is Saturday 10/02; Fri 09/02 to Tue 13/02 are Tết; Sat and Sun give Wed 14 and Thu 15.
    assertThat(VietnameseHolidays.of(2024).subMap(of(2024, 2, 8), of(2024, 2, 17))).containsExactly(
        entry(of(2024, 2, 9), "Tết Nguyên đán"),
        entry(of(2024, 2, 10), "Tết Nguyên đán"),
        entry(of(2024, 2, 11), "Tết Nguyên đán"),
        entry(of(2024, 2, 12), "Tết Nguyên đán"),
        entry(of(2024, 2, 13), "Tết Nguyên đán"),
        entry(of(2024, 2, 14), "Nghỉ bù Tết Nguyên đán"),
        entry(of(2024, 2, 15), "Nghỉ bù Tết Nguyên đán"));
  }

  @Test
  void givenGioToOnSaturdayAnd30AprilOnSunday_whenListingHolidays_thenBothCompensatoryDaysFollow1May() {
    // 2023: Giỗ Tổ Sat 29/4, 30/4 Sun, 1/5 Mon: off from 29/4 to 3/5, as the government announced.
    assertThat(VietnameseHolidays.of(2023).subMap(of(2023, 4, 28), of(2023, 5, 5))).containsExactly(
        entry(of(2023, 4, 29), "Giỗ Tổ Hùng Vương"),
        entry(of(2023, 4, 30), "Ngày Chiến thắng"),
        entry(of(2023, 5, 1), "Ngày Quốc tế Lao động"),
        entry(of(2023, 5, 2), "Nghỉ bù Giỗ Tổ Hùng Vương"),
        entry(of(2023, 5, 3), "Nghỉ bù Ngày Chiến thắng"));
  }

  @Test
  void givenNationalDayOnSaturday_whenListingHolidays_thenFirstSeptemberIsOffAndMondayIsCompensatory() {
    assertThat(VietnameseHolidays.of(2023).subMap(of(2023, 8, 31), of(2023, 9, 6))).containsExactly(
        entry(of(2023, 9, 1), "Quốc khánh"),
        entry(of(2023, 9, 2), "Quốc khánh"),
        entry(of(2023, 9, 4), "Nghỉ bù Quốc khánh"));
  }

  @Test
  void givenYearBefore2021_whenListingHolidays_thenNationalDayIsOneDay() {
    assertThat(VietnameseHolidays.nameOf(of(2020, 9, 1))).isEmpty();
    assertThat(VietnameseHolidays.nameOf(of(2020, 9, 2))).contains("Quốc khánh");
  }

  @Test
  void givenEveryCoveredYear_whenListingHolidays_thenEachWeekendHolidayHasOneCompensatoryWeekday() {
    for (int year = VietnameseHolidays.FIRST_YEAR; year <= VietnameseHolidays.LAST_YEAR; year++) {
      Map<LocalDate, String> days = VietnameseHolidays.of(year);
      long onWeekends = days.entrySet().stream()
          .filter(e -> !e.getValue().startsWith("Nghỉ bù") && e.getKey().getDayOfWeek().getValue() >= 6)
          .count();
      List<LocalDate> compensatoryDays = days.entrySet().stream().filter(e -> e.getValue().startsWith("Nghỉ bù"))
          .map(Map.Entry::getKey).collect(Collectors.toList());
      assertThat(compensatoryDays).extracting(LocalDate::getDayOfWeek).as("năm %s", year)
          .doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      long compensatory = compensatoryDays.size();
      assertThat(compensatory).as("năm %s", year).isEqualTo(onWeekends);
      assertThat(days.size() - compensatory).as("năm %s", year).isEqualTo(year >= 2021 ? 11 : 10);
    }
  }

  @Test
  void givenAYearOutsideTheTable_whenListingHolidays_thenItIsRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> VietnameseHolidays.of(VietnameseHolidays.LAST_YEAR + 1));
  }

  @Test
  void givenAYearAskedTwice_whenListingHolidays_thenTheCachedTableIsReturned() {
    assertThat(VietnameseHolidays.of(2026)).isSameAs(VietnameseHolidays.of(2026));
  }
}
