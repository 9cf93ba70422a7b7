package vn.pakn.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

  @Test
  void givenMarch2026_whenAskingItsBounds_thenFirstToLastDayAndTheVietnameseLabel() {
    ReportPeriod march = ReportPeriod.month(2026, 3);

    assertThat(march.start()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(march.end()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(march.label()).isEqualTo("Tháng 3/2026");
  }

  @Test
  void givenFebruaryOfALeapYear_whenAskingItsEnd_thenThe29th() {
    assertThat(ReportPeriod.month(2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(ReportPeriod.month(2026, 2).end()).isEqualTo(LocalDate.of(2026, 2, 28));
  }

  @Test
  void givenTheFirstQuarter_whenAskingItsBounds_thenJanuaryToMarchLabelledInRomanNumerals() {
    ReportPeriod q1 = ReportPeriod.quarter(2026, 1);

    assertThat(q1.start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(q1.end()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(q1.label()).isEqualTo("Quý I/2026");
  }

  @Test
  void givenTheFourthQuarter_whenAskingItsBounds_thenOctoberToDecember() {
    ReportPeriod q4 = ReportPeriod.quarter(2026, 4);

    assertThat(q4.start()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(q4.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(q4.label()).isEqualTo("Quý IV/2026");
    assertThat(ReportPeriod.quarter(2026, 2).label()).isEqualTo("Quý II/2026");
    assertThat(ReportPeriod.quarter(2026, 3).label()).isEqualTo("Quý III/2026");
  }

  @Test
  void givenAYear_whenAskingItsBounds_thenTheWholeYear() {
    ReportPeriod year = ReportPeriod.year(2026);

    assertThat(year.start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(year.label()).isEqualTo("Năm 2026");
  }

  @Test
  void givenAPeriod_whenAskingWhatItContains_thenBothEndsIncludedAndNothingOutside() {
    ReportPeriod march = ReportPeriod.month(2026, 3);

    assertThat(march.contains(LocalDate.of(2026, 3, 1))).isTrue();
    assertThat(march.contains(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(march.contains(LocalDate.of(2026, 2, 28))).isFalse();
    assertThat(march.contains(LocalDate.of(2026, 4, 1))).isFalse();
  }

  @Test
  void givenAnImpossibleMonth_whenCreating_thenRefusedSayingTheRange() {
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> ReportPeriod.month(2026, 13))
        .withMessageContaining("Tháng phải từ 1 đến 12");
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> ReportPeriod.month(2026, 0));
  }

  @Test
  void givenAnImpossibleQuarter_whenCreating_thenRefusedSayingTheRange() {
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> ReportPeriod.quarter(2026, 5))
        .withMessageContaining("Quý phải từ 1 đến 4");
  }

  @Test
  void givenAYearOutOfRangeOrAYearWithANumber_whenCreating_thenRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> ReportPeriod.year(1999))
        .withMessageContaining("Năm báo cáo");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new ReportPeriod(ReportPeriod.Granularity.YEAR, 2026, 2));
  }
}
