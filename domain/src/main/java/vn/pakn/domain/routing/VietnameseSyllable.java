package vn.pakn.domain.routing;

import java.util.regex.Pattern;

/**
 * Whether a folded token (lower case, no diacritics) is a well-formed Vietnamese syllable: an
 * optional onset, a vowel cluster and an optional final consonant. Routing corrects only tokens
 * that are not: "dienn", "dein", "mats" are typos, while "truong" is a real word (trường) and must
 * not be "corrected" into its neighbour "thuong" (thương).
 */
final class VietnameseSyllable {

  private static final Pattern WELL_FORMED = Pattern.compile(
      "(?:ngh|ng|gh|gi|kh|ph|th|tr|ch|nh|qu|[bcdghklmnprstvx])?"
          + "(?:(?:uye|uya|ie|uo|oa|oe|ua|ue|uy|ye|oo|a|e|i|o|u|y)(?:ch|nh|ng|c|m|n|p|t)?"
          + "|oai|oay|oeo|uay|uoi|uou|uyu|ieu|yeu|uai|ai|ao|au|ay|eo|eu|ia|iu|oi|ui|uu)");

  private VietnameseSyllable() {}

  static boolean isWellFormed(String foldedToken) {
    return WELL_FORMED.matcher(foldedToken).matches();
  }
}
