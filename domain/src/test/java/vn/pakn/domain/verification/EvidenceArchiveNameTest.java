package vn.pakn.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvidenceArchiveNameTest {

  @Test
  void givenTheSeedsDateAndOfficer_whenNamingTheArchive_thenTheSeedsPattern() {
    assertThat(EvidenceArchiveName.of(LocalDate.of(2020, 1, 9), "Sầm Ngọc Đoàn"))
        .isEqualTo("09.01.2020_tulieuxacminh.samngocdoan.zip");
  }

  @Test
  void givenAnOfficerWithFourWordsAndĐ_whenNamingTheArchive_thenFullNameFoldedWithoutSpaces() {
    assertThat(EvidenceArchiveName.of(LocalDate.of(2020, 11, 25), "Đàm Thị Thu Hương"))
        .isEqualTo("25.11.2020_tulieuxacminh.damthithuhuong.zip");
  }

  @Test
  void givenTheTwoBiens_whenNamingTheirArchives_thenTheyDiffer() {
    LocalDate day = LocalDate.of(2020, 1, 9);

    assertThat(EvidenceArchiveName.of(day, "Tô Vũ Biên")).isNotEqualTo(EvidenceArchiveName.of(day, "Lâm Ngọc Biên"));
  }

  @Test
  void givenABlankOfficerName_whenNamingTheArchive_thenRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> EvidenceArchiveName.of(LocalDate.of(2020, 1, 9), "  "))
        .withMessageContaining("Tên cán bộ rỗng");
  }
}
