package vn.pakn.domain.routing;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.pakn.domain.roster.Keyword;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.roster.Roster;
import vn.pakn.domain.roster.Sector;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.roster.SectorKind;
import vn.pakn.domain.text.VietnameseText;

/**
 * Decides a petition's sector and responsible member from its title, content and the field the
 * sender picked (R1). Everything is compiled from the roster once; {@link #route} is thread-safe
 * and allocates only per-call scratch state.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>Title and content are folded ({@link VietnameseText#fold}), so text with and without
 *       diacritics reads the same. A word that is not a well-formed Vietnamese syllable is taken
 *       as a typo: Telex leftovers ("ddien", "mats") are undone and a word one edit away from
 *       exactly one known word of 5+ letters is read as that word; such matches count
 *       {@value #CORRECTED_FACTOR} of their weight.
 *   <li>Each sector's keywords are matched leftmost-longest; a keyword found in the title counts
 *       {@value #TITLE_FACTOR} times its weight, in the content once, and twice if in both;
 *       repeats in the content add a little. Negative keywords subtract.
 *   <li>The sender's field, when it names a sector (name or alias), adds a prior of
 *       {@value #HINT_PRIOR} to that sector: evidence, not a verdict.
 *   <li>A complaint, denunciation or corruption sector whose text evidence reaches
 *       {@value #COMPLAINT_LIKE_THRESHOLD} wins over the topic it concerns (a land complaint is a
 *       complaint); otherwise the highest score wins.
 *   <li>Below {@value #MIN_SCORE} the petition goes to the leader, unplaced.
 * </ol>
 */
public final class Router {

  static final double TITLE_FACTOR = 1.5;
  static final double CORRECTED_FACTOR = 0.7;
  static final double REPEAT_BONUS = 0.25;
  static final int MAX_REPEATS_COUNTED = 2;
  static final double HINT_PRIOR = 2.0;
  static final double MIN_SCORE = 2.0;
  static final double COMPLAINT_LIKE_THRESHOLD = 4.0;
  static final double COMPLAINT_LIKE_MIN_SHARE = 0.3;
  static final double OTHER_SECTOR_MIN = 3.0;
  static final double OTHER_SECTOR_SHARE = 0.4;
  static final int MAX_OTHER_SECTORS = 3;
  static final int MAX_EXPLAINED_WORDS = 4;

  private final Roster roster;
  private final List<Sector> sectors;
  private final KeywordIndex index;
  private final Map<String, Integer> sectorByHint;
  private final List<String[]> foldedNames;
  private final Person leader;

  public Router(Roster roster) {
    this.roster = checkNotNull(roster, "roster");
    this.sectors = ImmutableList.copyOf(roster.sectors());
    this.leader = roster.leader();
    Map<String, List<KeywordIndex.Target>> targets = new LinkedHashMap<>();
    Map<String, Integer> hints = new HashMap<>();
    List<String[]> names = new ArrayList<>();
    for (int s = 0; s < sectors.size(); s++) {
      Sector sector = sectors.get(s);
      for (Keyword keyword : sector.keywords()) {
        List<KeywordIndex.Target> sameWords = targets.computeIfAbsent(keyword.folded(), k -> new ArrayList<>());
        int sectorIndex = s;
        if (sameWords.stream().noneMatch(t -> t.sector() == sectorIndex)) {
          sameWords.add(new KeywordIndex.Target(s, keyword.weight(), keyword.phrase()));
        }
      }
      hints.putIfAbsent(VietnameseText.fold(sector.name()), s);
      hints.putIfAbsent(sector.code().value().replace('-', ' '), s);
      for (String alias : sector.aliases()) {
        hints.putIfAbsent(VietnameseText.fold(alias), s);
      }
      names.add(VietnameseText.fold(sector.name()).split(" "));
    }
    this.index = new KeywordIndex(targets);
    this.sectorByHint = Map.copyOf(hints);
    this.foldedNames = List.copyOf(names);
  }

  public static Router of(Roster roster) {
    return new Router(roster);
  }

  public Roster roster() {
    return roster;
  }

  /** Routes one petition (R1). */
  public RoutingDecision route(PetitionText text) {
    checkNotNull(text, "text");
    int n = sectors.size();
    double[] scores = new double[n];
    Map<KeywordIndex.Phrase, Hit> hits = new LinkedHashMap<>();
    collect(index.scan(index.resolve(VietnameseText.fold(text.title()))), hits, true);
    collect(index.scan(index.resolve(VietnameseText.fold(text.content()))), hits, false);
    List<List<Evidence>> evidence = new ArrayList<>(Collections.nCopies(n, null));
    for (Map.Entry<KeywordIndex.Phrase, Hit> entry : hits.entrySet()) {
      Hit hit = entry.getValue();
      for (KeywordIndex.Target target : entry.getKey().targets) {
        double points = target.weight() * hit.factor();
        scores[target.sector()] += points;
        if (evidence.get(target.sector()) == null) {
          evidence.set(target.sector(), new ArrayList<>(4));
        }
        evidence.get(target.sector()).add(new Evidence(target.phrase(), points, hit.correctedSpelling()));
      }
    }
    for (int s = 0; s < n; s++) {
      scores[s] = Math.max(0, scores[s]);
    }
    Optional<String> hint = text.sectorHint();
    int hinted = hint.map(this::sectorOfHint).orElse(-1);
    double[] totals = scores.clone();
    if (hinted >= 0) {
      totals[hinted] += HINT_PRIOR;
    }
    int best = pick(scores, totals, hinted);
    if (best < 0 || totals[best] < MIN_SCORE) {
      return toLeader(scores, evidence, hint, hinted, best);
    }
    double second = 0;
    for (int s = 0; s < n; s++) {
      if (s != best) {
        second = Math.max(second, totals[s]);
      }
    }
    List<Integer> others = otherSectors(scores, best);
    Sector chosen = sectors.get(best);
    return new RoutingDecision(
        Optional.of(chosen.code()),
        chosen.owner(),
        chosen.kind(),
        confidence(totals[best], second),
        explainPlaced(best, scores, evidence, hint, hinted, others),
        others.stream().map(s -> sectors.get(s).code()).collect(Collectors.toList()));
  }

  private static void collect(List<KeywordIndex.Match> matches, Map<KeywordIndex.Phrase, Hit> hits, boolean inTitle) {
    for (KeywordIndex.Match match : matches) {
      hits.computeIfAbsent(match.phrase(), p -> new Hit()).add(inTitle, match);
    }
  }

  private int pick(double[] scores, double[] totals, int hinted) {
    int strongestComplaintLike = -1;
    int best = -1;
    double strongestTopic = 0;
    for (int s = 0; s < sectors.size(); s++) {
      if (sectors.get(s).kind().isComplaintLike() && scores[s] >= COMPLAINT_LIKE_THRESHOLD
          && (strongestComplaintLike < 0 || scores[s] > scores[strongestComplaintLike])) {
        strongestComplaintLike = s;
      }
      if (!sectors.get(s).kind().isComplaintLike()) {
        strongestTopic = Math.max(strongestTopic, scores[s]);
      }
      if (totals[s] > 0 && (best < 0 || totals[s] > totals[best] || (totals[s] == totals[best] && s == hinted))) {
        best = s;
      }
    }
    boolean complaintLikeWins = strongestComplaintLike >= 0
        && scores[strongestComplaintLike] >= COMPLAINT_LIKE_MIN_SHARE * strongestTopic;
    return complaintLikeWins ? strongestComplaintLike : best;
  }

  /** The sector the sender's field names: a name, alias or code, or the one sector whose name starts with it. */
  private int sectorOfHint(String hint) {
    String folded = VietnameseText.fold(hint);
    Integer exact = sectorByHint.get(folded);
    if (exact != null) {
      return exact;
    }
    String[] words = folded.split(" ");
    int found = -1;
    for (int s = 0; s < foldedNames.size(); s++) {
      String[] name = foldedNames.get(s);
      boolean prefix = words.length <= name.length;
      for (int i = 0; i < words.length && prefix; i++) {
        prefix = name[i].equals(words[i]);
      }
      if (prefix) {
        if (found >= 0) {
          return -1;
        }
        found = s;
      }
    }
    return found;
  }

  private List<Integer> otherSectors(double[] scores, int best) {
    double floor = Math.max(OTHER_SECTOR_MIN, OTHER_SECTOR_SHARE * scores[best]);
    List<Integer> others = new ArrayList<>();
    for (int s = 0; s < scores.length; s++) {
      if (s != best && scores[s] >= floor) {
        others.add(s);
      }
    }
    others.sort(Comparator.comparingDouble((Integer s) -> scores[s]).reversed());
    return others.size() > MAX_OTHER_SECTORS ? others.subList(0, MAX_OTHER_SECTORS) : others;
  }

  /** Grows with the evidence and with its lead over the runner-up. */
  static double confidence(double best, double second) {
    double strength = 1 - Math.exp(-best / 5);
    double margin = best <= 0 ? 0 : (best - second) / best;
    return Math.max(0, Math.min(1, strength * (0.4 + 0.6 * margin)));
  }

  private RoutingDecision toLeader(double[] scores, List<List<Evidence>> evidence, Optional<String> hint,
      int hinted, int best) {
    StringBuilder why = new StringBuilder("Chưa xác định được lĩnh vực: ");
    if (best < 0) {
      why.append("nội dung không có từ khóa của lĩnh vực nào");
    } else {
      why.append("căn cứ quá yếu (").append(describe(best, scores, evidence)).append(')');
    }
    hint.ifPresent(h -> why.append(hinted >= 0 ? "; lĩnh vực người gửi chọn \"" + h + "\" chưa đủ căn cứ"
        : "; lĩnh vực người gửi chọn \"" + h + "\" không có trong danh mục"));
    why.append("; chuyển Tổ trưởng ").append(leader.fullName()).append(" phân công");
    double weak = best < 0 ? 0 : confidence(scores[best], 0) / 2;
    return new RoutingDecision(Optional.empty(), leader.id(), SectorKind.ORDINARY, weak, why.toString(), List.of());
  }

  private String explainPlaced(int best, double[] scores, List<List<Evidence>> evidence, Optional<String> hint,
      int hinted, List<Integer> others) {
    StringBuilder why = new StringBuilder();
    String bestName = sectors.get(best).name();
    if (scores[best] > 0) {
      why.append(describe(best, scores, evidence));
    } else {
      why.append("Lĩnh vực ").append(bestName).append(": nội dung không có từ khóa, theo lĩnh vực người gửi chọn");
    }
    if (hint.isPresent()) {
      String h = hint.get();
      if (hinted == best) {
        if (scores[best] > 0) {
          why.append("; khớp lĩnh vực người gửi chọn \"").append(h).append('"');
        } else {
          why.append(" \"").append(h).append('"');
        }
      } else if (hinted >= 0) {
        why.append("; lĩnh vực người gửi chọn \"").append(h).append("\" bị bỏ qua vì nội dung nghiêng về ")
            .append(bestName);
      } else {
        why.append("; lĩnh vực người gửi chọn \"").append(h).append("\" không có trong danh mục");
      }
    }
    if (sectors.get(best).kind().isComplaintLike()) {
      why.append("; thuộc loại ").append(sectors.get(best).kind().label());
    }
    if (!others.isEmpty()) {
      why.append("; cũng liên quan: ")
          .append(others.stream().map(s -> sectors.get(s).name()).collect(Collectors.joining(", ")));
    }
    return why.toString();
  }

  private String describe(int sector, double[] scores, List<List<Evidence>> evidence) {
    List<Evidence> words = Optional.ofNullable(evidence.get(sector)).orElse(List.of()).stream().filter(e -> e.points() > 0).collect(Collectors.toList());
    words.sort(Comparator.comparingDouble(Evidence::points).reversed().thenComparing(Evidence::phrase));
    String listed = words.stream().limit(MAX_EXPLAINED_WORDS).map(Evidence::describe).collect(Collectors.joining(", "));
    return "Lĩnh vực " + sectors.get(sector).name() + ": " + listed;
  }

  /** One decimal, Vietnamese style: 4.5 is "4,5". */
  static String number(double value) {
    long tenths = Math.round(Math.abs(value) * 10);
    return (value < 0 && tenths > 0 ? "-" : "") + tenths / 10 + "," + tenths % 10;
  }

  /** How one phrase was found in a petition. */
  private static final class Hit {
    private boolean inTitle;
    private int inContent;
    private boolean allCorrected = true;
    private String correctedSpelling = "";

    void add(boolean title, KeywordIndex.Match match) {
      if (title) {
        inTitle = true;
      } else {
        inContent++;
      }
      if (match.corrected()) {
        correctedSpelling = match.written();
      } else {
        allCorrected = false;
      }
    }

    double factor() {
      double factor = inTitle ? TITLE_FACTOR : 0;
      if (inContent > 0) {
        factor += inTitle ? 2 - TITLE_FACTOR : 1;
        factor += REPEAT_BONUS * Math.min(MAX_REPEATS_COUNTED, inContent - 1);
      }
      return allCorrected ? factor * CORRECTED_FACTOR : factor;
    }

    Optional<String> correctedSpelling() {
      return allCorrected ? Optional.of(correctedSpelling) : Optional.empty();
    }
  }

  /** A phrase's contribution to a sector, for the explanation. */
  private record Evidence(String phrase, double points, Optional<String> writtenAs) {

    String describe() {
      return "\"" + phrase + "\" (" + number(points) + writtenAs.map(w -> ", viết là \"" + w + "\"").orElse("") + ")";
    }
  }
}
