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
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

  /**
   * {@link #fold} of each single character below this code point (Latin, Greek, Cyrillic and the
   * Vietnamese block U+1E00–U+1EFF), so the common case needs no normalizer and no regex.
   */
  private static final int TABLE_END = 0x1F00;
  private static final String SEPARATOR = " ";
  private static final String DROPPED = "";
  /** Per character: its folded letters, {@link #SEPARATOR}, {@link #DROPPED}, or null (fold the slow way). */
  private static final String[] TABLE = new String[TABLE_END];

  static {
    for (int c = 0; c < TABLE_END; c++) {
      if (Character.isSurrogate((char) c) || c == 'Σ') {
        continue;
      }
      String stripped = stripDiacritics(String.valueOf((char) c));
      if (stripped.isEmpty()) {
        TABLE[c] = DROPPED;
      } else if (!NON_WORD.matcher(stripped).find()) {
        TABLE[c] = stripped;
      } else if (!WORD.matcher(stripped).find()) {
        TABLE[c] = SEPARATOR;
      }
    }
  }

  private VietnameseText() {}

  /** Lower case without diacritics; {@code đ}/{@code Đ} become {@code d}. Punctuation is kept. */
  public static String stripDiacritics(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  /** Folded words separated by single spaces: the form routing and search compare. */
  public static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    boolean separate = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String mapped = c < TABLE_END ? TABLE[c] : null;
      if (mapped == null) {
        return foldSlowly(text);
      }
      if (mapped == SEPARATOR) {
        separate = folded.length() > 0;
      } else if (mapped != DROPPED) {
        if (separate) {
          folded.append(' ');
          separate = false;
        }
        folded.append(mapped);
      }
    }
    return folded.toString();
  }

  /** The definition of {@link #fold}, used for text outside the precomputed table. */
  static String foldSlowly(String text) {
    return NON_WORD.matcher(stripDiacritics(text)).replaceAll(" ").trim();
  }

  /** Folded words run together: "Sầm Ngọc Đoàn" becomes "samngocdoan". */
  public static String slug(String text) {
    return fold(text).replace(" ", "");
  }
}
