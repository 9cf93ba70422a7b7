package vn.pakn.domain.roster;

import static com.google.common.base.Preconditions.checkArgument;

import vn.pakn.domain.text.VietnameseText;

/**
 * A word or phrase that points to a sector, with a weight. Stored as written (with diacritics);
 * routing compares its folded form, so "mất điện" also matches "mat dien".
 *
 * <p>A negative weight marks a context that speaks against the sector even though it contains one
 * of its words (the Khiếu nại sector's "khiếu nại với cửa hàng": a consumer dispute, not a
 * complaint against an administrative decision). Routing prefers the longest phrase at each place
 * in the text, so such a phrase replaces the shorter positive one it contains.
 */
public record Keyword(String phrase, double weight) {

  public Keyword {
    checkArgument(phrase != null && !VietnameseText.fold(phrase).isEmpty(), "Từ khóa rỗng");
    checkArgument(weight != 0 && weight >= -10 && weight <= 10,
        "Trọng số của từ khóa '%s' phải khác 0 và trong [-10, 10]: %s", phrase, weight);
    phrase = phrase.strip();
  }

  public static Keyword of(String phrase, double weight) {
    return new Keyword(phrase, weight);
  }

  /** Whether this phrase speaks against the sector rather than for it. */
  public boolean negative() {
    return weight < 0;
  }

  /** The phrase as routing compares it. */
  public String folded() {
    return VietnameseText.fold(phrase);
  }
}
