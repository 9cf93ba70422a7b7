package vn.pakn.domain.routing;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a folded token (lower case, no diacritics) is a well-formed Vietnamese syllable: an
 * optional onset, a vowel cluster and an optional final consonant. Routing corrects only tokens
 * that are not: "dienn", "dein", "mats" are typos, while "truong" is a real word (trường) and must
 * not be "corrected" into its neighbour "thuong" (thương). The few thousand folded syllables are
 * enumerated once, so a check is one set lookup.
 */
final class VietnameseSyllable {

  private static final List<String> ONSETS = List.of("", "ngh", "ng", "gh", "gi", "kh", "ph", "th", "tr", "ch", "nh",
      "qu", "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x");
  /** Vowel clusters that may take a final consonant. */
  private static final List<String> OPEN_CLUSTERS = List.of("uye", "uya", "ie", "uo", "oa", "oe", "ua", "ue", "uy",
      "ye", "oo", "a", "e", "i", "o", "u", "y");
  private static final List<String> FINALS = List.of("", "ch", "nh", "ng", "c", "m", "n", "p", "t");
  /** Vowel clusters that end the syllable (their last letter is a glide). */
  private static final List<String> CLOSED_CLUSTERS = List.of("oai", "oay", "oeo", "uay", "uoi", "uou", "uyu", "ieu",
      "yeu", "uai", "ai", "ao", "au", "ay", "eo", "eu", "ia", "iu", "oi", "ui", "uu");

  private static final Set<String> SYLLABLES = enumerate();

  private VietnameseSyllable() {}

  private static Set<String> enumerate() {
    ImmutableSet.Builder<String> all = ImmutableSet.builder();
    for (String onset : ONSETS) {
      for (String cluster : OPEN_CLUSTERS) {
        for (String coda : FINALS) {
          all.add(onset + cluster + coda);
        }
      }
      for (String cluster : CLOSED_CLUSTERS) {
        all.add(onset + cluster);
      }
    }
    return all.build();
  }

  static boolean isWellFormed(String foldedToken) {
    return SYLLABLES.contains(foldedToken);
  }
}
