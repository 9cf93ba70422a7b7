package vn.pakn.domain.roster;

import static com.google.common.base.Preconditions.checkArgument;

import vn.pakn.domain.text.VietnameseText;

/**
 * A word or phrase that points to a sector, with a weight. Stored as written (with diacritics);
 * routing compares its folded form, so "mất điện" also matches "mat dien".
 */
public record Keyword(String phrase, double weight) {

  public Keyword {
    checkArgument(phrase != null && !VietnameseText.fold(phrase).isEmpty(), "Từ khóa rỗng");
    checkArgument(weight > 0 && weight <= 10, "Trọng số của từ khóa '%s' phải trong (0, 10]: %s", phrase, weight);
    phrase = phrase.strip();
  }

  public static Keyword of(String phrase, double weight) {
    return new Keyword(phrase, weight);
  }

  /** The phrase as routing compares it. */
  public String folded() {
    return VietnameseText.fold(phrase);
  }
}
