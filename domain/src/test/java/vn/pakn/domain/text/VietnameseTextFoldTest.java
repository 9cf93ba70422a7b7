package vn.pakn.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextFoldTest {

  @Test
  void givenAPhraseWithDiacriticsAndĐ_whenFolding_thenLowerCaseWithoutMarks() {
    assertThat(VietnameseText.fold("Mất điện ở Đồng Đăng")).isEqualTo("mat dien o dong dang");
  }

  @Test
  void givenEveryVowelWithHornsBreveAndCircumflex_whenFolding_thenPlainLetters() {
    assertThat(VietnameseText.fold("Ưu tiên ở Hương Trà, Ăn ở Ơn Lâm Ủy ban"))
        .isEqualTo("uu tien o huong tra an o on lam uy ban");
  }

  @Test
  void givenPunctuationAndRunsOfSpaces_whenFolding_thenSingleSpacesAndNoEdges() {
    assertThat(VietnameseText.fold("  Đường ĐT.208 bị   sạt-lở!! ")).isEqualTo("duong dt 208 bi sat lo");
  }

  @Test
  void givenDecomposedInput_whenFolding_thenTheSameAsComposed() {
    String decomposed = Normalizer.normalize("Mất điện", Normalizer.Form.NFD);

    assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold("Mất điện")).isEqualTo("mat dien");
  }

  @Test
  void givenTextWithoutDiacritics_whenFolding_thenUnchangedButLowerCase() {
    assertThat(VietnameseText.fold("MAT DIEN o xa Hong Viet")).isEqualTo("mat dien o xa hong viet");
  }

  @Test
  void givenPunctuation_whenStrippingDiacritics_thenPunctuationIsKept() {
    assertThat(VietnameseText.stripDiacritics("Đường ĐT.208, sạt lở!")).isEqualTo("duong dt.208, sat lo!");
  }

  @Test
  void givenAFullName_whenSlugging_thenFoldedWordsRunTogether() {
    assertThat(VietnameseText.slug("Sầm Ngọc Đoàn")).isEqualTo("samngocdoan");
    assertThat(VietnameseText.slug("Đàm Thị Thu Hương")).isEqualTo("damthithuhuong");
  }

  @Test
  void givenOnlyPunctuation_whenSlugging_thenEmpty() {
    assertThat(VietnameseText.slug(" -.,! ")).isEmpty();
  }
}
