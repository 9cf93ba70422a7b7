package vn.pakn.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  @Test
  void givenVietnameseText_whenFolding_thenLowerCaseWithoutDiacriticsAndSingleSpaces() {
    assertThat(VietnameseText.fold("  Mất ĐIỆN ở xã Hồng Việt!!! (3 ngày)  ")).isEqualTo("mat dien o xa hong viet 3 ngay");
    assertThat(VietnameseText.slug("Sầm Ngọc Đoàn")).isEqualTo("samngocdoan");
  }

  @Test
  void givenDecomposedMarksAndOtherScripts_whenFolding_thenSameAsTheDefinition() {
    List<String> samples = List.of("Me\u0302\u0301t đie\u0323\u0302n", "ΟΔΟΣ ΣΟΦΙΑΣ", "한국어 điện", "ﬁle", "emoji 😀 mất",
        "İstanbul", "a\u00a0b\tc\nd", "", "  ", "...", "x1,5 m²", "Ǆ ǅ ǆ");

    for (String sample : samples) {
      assertThat(VietnameseText.fold(sample)).as(sample).isEqualTo(VietnameseText.foldSlowly(sample));
    }
  }

  @Test
  void givenRandomCharactersFromTheFastTable_whenFolding_thenSameAsTheDefinition() {
    Random random = new Random(42);
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 12; k++) {
        text.append((char) (random.nextBoolean() ? 0x20 + random.nextInt(0x230) : 0x1E00 + random.nextInt(0x100)));
      }
      String sample = text.toString();
      assertThat(VietnameseText.fold(sample)).as(sample).isEqualTo(VietnameseText.foldSlowly(sample));
    }
  }
}
