package vn.pakn.domain.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text so that "Mất điện" and "mat dien" compare equal: lower case, no diacritics,
 * {@code đ} read as {@code d}, punctuation as spaces, runs of spaces as one.
 */
public final class VietnameseText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private VietnameseText() {}

  /** Lower case without diacritics; {@code đ}/{@code Đ} become {@code d}. Punctuation is kept. */
  public static String stripDiacritics(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  /** Folded words separated by single spaces: the form routing and search compare. */
  public static String fold(String text) {
    return NON_WORD.matcher(stripDiacritics(text)).replaceAll(" ").trim();
  }

  /** Folded words run together: "Sầm Ngọc Đoàn" becomes "samngocdoan". */
  public static String slug(String text) {
    return fold(text).replace(" ", "");
  }
}
