package vn.pakn.domain.routing;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sectors' keywords compiled once: a vocabulary of folded tokens, phrases indexed by their
 * first token, and a deletion index for correcting typos. Scanning a text costs one hash lookup
 * per token plus a few comparisons per candidate phrase, whatever the number of keywords.
 */
final class KeywordIndex {

  /**
   * A typo is corrected only when the longer of the written and the known word has at least this
   * many letters (and the shorter at least one less): short syllables are too close to each other.
   */
  static final int MIN_CORRECTED_LENGTH = 5;

  /** One sector's stake in a phrase. */
  record Target(int sector, double weight, String phrase) {}

  /** A folded phrase and the sectors whose keywords it is. */
  static final class Phrase {
    final int[] tokens;
    final String folded;
    final List<Target> targets;

    Phrase(int[] tokens, String folded, List<Target> targets) {
      this.tokens = tokens;
      this.folded = folded;
      this.targets = targets;
    }
  }

  /** A token of the text resolved against the vocabulary. */
  record Token(int id, boolean corrected, String written) {}

  /** One place in the text where a phrase matched. */
  record Match(Phrase phrase, boolean corrected, String written) {}

  private static final Phrase[] NONE = new Phrase[0];

  private final Map<String, Integer> vocabulary;
  private final Phrase[][] phrasesByFirstToken;
  private final Map<String, int[]> deletionIndex;
  private final String[] tokensById;

  KeywordIndex(Map<String, List<Target>> targetsByFoldedPhrase) {
    Map<String, Integer> vocab = new HashMap<>();
    List<String> byId = new ArrayList<>();
    Map<Integer, List<Phrase>> byFirst = new HashMap<>();
    for (Map.Entry<String, List<Target>> entry : targetsByFoldedPhrase.entrySet()) {
      String[] words = entry.getKey().split(" ");
      int[] ids = new int[words.length];
      for (int i = 0; i < words.length; i++) {
        ids[i] = vocab.computeIfAbsent(words[i], w -> {
          byId.add(w);
          return byId.size() - 1;
        });
      }
      Phrase phrase = new Phrase(ids, entry.getKey(), ImmutableList.copyOf(entry.getValue()));
      byFirst.computeIfAbsent(ids[0], k -> new ArrayList<>()).add(phrase);
    }
    this.vocabulary = Map.copyOf(vocab);
    this.tokensById = byId.toArray(new String[0]);
    this.phrasesByFirstToken = new Phrase[byId.size()][];
    Arrays.fill(phrasesByFirstToken, NONE);
    byFirst.forEach((first, phrases) -> {
      phrases.sort(Comparator.comparingInt((Phrase p) -> p.tokens.length).reversed());
      phrasesByFirstToken[first] = phrases.toArray(NONE);
    });
    Map<String, List<Integer>> deletions = new HashMap<>();
    for (int id = 0; id < tokensById.length; id++) {
      String word = tokensById[id];
      if (word.length() >= MIN_CORRECTED_LENGTH - 1 && !hasDigit(word)) {
        List<String> variants = deletionsOf(word);
        variants.add(word);
        for (String variant : variants) {
          List<Integer> ids = deletions.computeIfAbsent(variant, k -> new ArrayList<>());
          if (!ids.contains(id)) {
            ids.add(id);
          }
        }
      }
    }
    Map<String, int[]> compiled = new HashMap<>();
    deletions.forEach((variant, ids) -> compiled.put(variant, ids.stream().mapToInt(Integer::intValue).toArray()));
    this.deletionIndex = Map.copyOf(compiled);
  }

  /** Resolves each word of a folded text: known, corrected (typo, telex leftover) or unknown (id -1). */
  Token[] resolve(String folded) {
    if (folded.isEmpty()) {
      return new Token[0];
    }
    String[] words = folded.split(" ");
    Token[] tokens = new Token[words.length];
    for (int i = 0; i < words.length; i++) {
      tokens[i] = resolveWord(words[i]);
    }
    return tokens;
  }

  private Token resolveWord(String word) {
    Integer known = vocabulary.get(word);
    if (known != null) {
      return new Token(known, false, word);
    }
    if (word.length() < 3 || hasDigit(word) || VietnameseSyllable.isWellFormed(word)) {
      return new Token(-1, false, word);
    }
    Integer telex = vocabulary.get(withoutTelexLeftovers(word));
    if (telex != null) {
      return new Token(telex, true, word);
    }
    int corrected = withinOneEdit(word);
    return new Token(corrected, corrected >= 0, word);
  }

  /**
   * Removes what a Telex keyboard leaves when its conversion is off: a trailing tone key (s, f, r,
   * x, j — no Vietnamese syllable ends in one), "dd" for đ, doubled vowels and "w" for the horned
   * vowels.
   */
  static String withoutTelexLeftovers(String word) {
    String w = word;
    char last = w.charAt(w.length() - 1);
    if ("sfrxj".indexOf(last) >= 0) {
      w = w.substring(0, w.length() - 1);
    }
    return w.replace("dd", "d").replace("aa", "a").replace("ee", "e").replace("oo", "o")
        .replace("aw", "a").replace("ow", "o").replace("uw", "u").replace('w', 'u');
  }

  /** The one vocabulary token within one edit (insert, delete, replace, swap) of a word, or -1 (none or ambiguous). */
  private int withinOneEdit(String word) {
    if (word.length() < MIN_CORRECTED_LENGTH - 1) {
      return -1;
    }
    int found = -1;
    List<String> probes = new ArrayList<>(deletionsOf(word));
    probes.add(word);
    for (String probe : probes) {
      int[] candidates = deletionIndex.get(probe);
      if (candidates == null) {
        continue;
      }
      for (int candidate : candidates) {
        String known = tokensById[candidate];
        if (candidate != found && Math.max(known.length(), word.length()) >= MIN_CORRECTED_LENGTH
            && withinOneEdit(word, known)) {
          if (found >= 0) {
            return -1;
          }
          found = candidate;
        }
      }
    }
    return found;
  }

  /** Optimal string alignment distance ≤ 1. */
  static boolean withinOneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == Math.min(la, lb)) {
      return true;
    }
    if (la == lb) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true;
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
  }

  private static List<String> deletionsOf(String word) {
    List<String> variants = new ArrayList<>(word.length());
    for (int i = 0; i < word.length(); i++) {
      variants.add(word.substring(0, i) + word.substring(i + 1));
    }
    return variants;
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Leftmost-longest, non-overlapping phrase matches: a longer phrase hides the shorter ones inside it. */
  List<Match> scan(Token[] tokens) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < tokens.length) {
      Phrase matched = tokens[i].id() < 0 ? null : longestAt(tokens, i);
      if (matched == null) {
        i++;
        continue;
      }
      boolean corrected = false;
      StringBuilder written = new StringBuilder();
      for (int k = 0; k < matched.tokens.length; k++) {
        corrected |= tokens[i + k].corrected();
        written.append(k == 0 ? "" : " ").append(tokens[i + k].written());
      }
      matches.add(new Match(matched, corrected, written.toString()));
      i += matched.tokens.length;
    }
    return matches;
  }

  private Phrase longestAt(Token[] tokens, int start) {
    for (Phrase phrase : phrasesByFirstToken[tokens[start].id()]) {
      int[] ids = phrase.tokens;
      if (start + ids.length > tokens.length) {
        continue;
      }
      boolean all = true;
      for (int k = 1; k < ids.length && all; k++) {
        all = tokens[start + k].id() == ids[k];
      }
      if (all) {
        return phrase;
      }
    }
    return null;
  }
}
