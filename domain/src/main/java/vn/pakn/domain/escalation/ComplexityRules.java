package vn.pakn.domain.escalation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.pakn.domain.routing.PetitionText;
import vn.pakn.domain.routing.RoutingDecision;
import vn.pakn.domain.text.VietnameseText;

/**
 * R3: which petitions are complex and need the leader's or deputy's opinion before forwarding.
 * Besides a member's own judgement, a petition is complex when it concerns several sectors, when it
 * complains about officials, when many households are affected, or when a large sum is at stake.
 * Returns the reasons, in Vietnamese; none means simple.
 */
public final class ComplexityRules {

  private static final Pattern HOUSEHOLDS = Pattern.compile("\\b(\\d{1,5}) (?:ho|gia dinh|nha)\\b");
  private static final Pattern MANY_HOUSEHOLDS = Pattern.compile(
      "\\b(?:nhieu ho|hang chuc ho|hang tram ho|ca xom|ca thon|ca ban|toan xom|toan thon|ca to dan pho"
          + "|nhieu gia dinh|hang chuc gia dinh|ca lang)\\b");
  private static final Pattern AMOUNT = Pattern.compile(
      "\\b(\\d{1,4}(?: \\d{1,3})?) ?(ty|trieu|tr)\\b|\\b(\\d{1,3}(?: \\d{3}){2,}) ?(?:dong|d|vnd)\\b");
  private static final Pattern OFFICIAL = Pattern.compile(
      "\\b(?:can bo|cong chuc|vien chuc|chu tich|pho chu tich|lanh dao|truong thon|truong xom|cong an xa"
          + "|dia chinh|ke toan xa|thu quy|bi thu)\\b");
  private static final Pattern MISCONDUCT = Pattern.compile(
      "\\b(?:nhung nhieu|gay kho de|gay kho khan|hach dich|voi tien|vo tien|an hoi lo|hoi lo|nhan tien|tham o"
          + "|tham nhung|bao che|lam dung|lam sai|sai pham|chiem dung|bien thu|cua quyen|thien vi|o du)\\b");

  private final int manyHouseholds;
  private final long largeSumVnd;

  /**
   * @param manyHouseholds from how many affected households a petition is complex
   * @param largeSumVnd from which sum of money, in đồng
   */
  public ComplexityRules(int manyHouseholds, long largeSumVnd) {
    checkArgument(manyHouseholds >= 2, "manyHouseholds >= 2");
    checkArgument(largeSumVnd > 0, "largeSumVnd > 0");
    this.manyHouseholds = manyHouseholds;
    this.largeSumVnd = largeSumVnd;
  }

  /** Ten households, fifty million đồng. */
  public static ComplexityRules defaults() {
    return new ComplexityRules(10, 50_000_000L);
  }

  public List<String> reasons(PetitionText text, RoutingDecision routing) {
    String folded = VietnameseText.fold(text.title() + " . " + text.content());
    // numbers like "1.200.000" or "1,2" fold into "1 200 000" and "1 2"
    List<String> reasons = new ArrayList<>();
    if (!routing.otherSectors().isEmpty()) {
      reasons.add("Liên quan nhiều lĩnh vực ("
          + routing.otherSectors().stream().map(Object::toString).collect(Collectors.joining(", ")) + ")");
    }
    if (OFFICIAL.matcher(folded).find() && MISCONDUCT.matcher(folded).find()) {
      reasons.add("Phản ánh về sai phạm của cán bộ, công chức");
    }
    int households = largestHouseholdCount(folded);
    if (households >= manyHouseholds || MANY_HOUSEHOLDS.matcher(folded).find()) {
      reasons.add(households >= manyHouseholds ? "Ảnh hưởng đến " + households + " hộ dân" : "Ảnh hưởng đến nhiều hộ dân");
    }
    long sum = largestSum(folded);
    if (sum >= largeSumVnd) {
      reasons.add("Số tiền lớn (khoảng " + String.format("%,d", sum).replace(',', '.') + " đồng)");
    }
    return reasons;
  }

  private static int largestHouseholdCount(String folded) {
    int max = 0;
    Matcher m = HOUSEHOLDS.matcher(folded);
    while (m.find()) {
      max = Math.max(max, Integer.parseInt(m.group(1)));
    }
    return max;
  }

  static long largestSum(String folded) {
    long max = 0;
    Matcher m = AMOUNT.matcher(folded);
    while (m.find()) {
      long value;
      if (m.group(1) != null) {
        String[] parts = m.group(1).split(" ");
        double number = Double.parseDouble(parts.length == 2 && parts[1].length() < 3
            ? parts[0] + "." + parts[1] : String.join("", parts));
        double unit = "ty".equals(m.group(2)) ? 1e9 : 1e6;
        value = Math.round(number * unit);
      } else {
        value = Long.parseLong(m.group(3).replace(" ", ""));
      }
      max = Math.max(max, value);
    }
    return max;
  }
}
