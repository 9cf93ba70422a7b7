package vn.pakn.adapters.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.roster.Roster;
import vn.pakn.domain.routing.PetitionText;
import vn.pakn.domain.routing.Router;
import vn.pakn.domain.routing.RoutingDecision;
import vn.pakn.domain.text.VietnameseText;

/**
 * Routes the labelled petitions with Hòa An's profile and measures how often the responsible
 * member, the sector and the complaint flag match the labels. The held-out set was written before
 * any keyword tuning and guards against fitting the dev set.
 */
class RoutingAccuracyTest {

  private static final DistrictProfile HOA_AN = DistrictProfileReader.hoaAn();
  private static final Router ROUTER = Router.of(HOA_AN.roster());

  @Test
  void givenHoaAnProfile_whenRoutingTheDevSet_thenAtLeast90PercentReachTheRightMember() {
    Score score = score("petitions-dev.jsonl", LabelledPetition.readAll(LabelledPetition.locateDevSet()));

    assertThat(score.memberRate()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void givenHoaAnProfile_whenRoutingTheHeldOutSet_thenAtLeast80PercentReachTheRightMember() throws URISyntaxException {
    Path holdout = Path.of(RoutingAccuracyTest.class.getResource("/petitions-holdout.jsonl").toURI());

    Score score = score("petitions-holdout.jsonl", LabelledPetition.readAll(holdout));

    assertThat(score.memberRate()).isGreaterThanOrEqualTo(0.80);
  }

  /** A second held-out set, written by another author who never saw the keyword lists. */
  @Test
  void givenHoaAnProfile_whenRoutingASecondAuthorsHeldOutSet_thenAtLeast75PercentReachTheRightMember()
      throws URISyntaxException {
    Path holdout = Path.of(RoutingAccuracyTest.class.getResource("/petitions-holdout-b.jsonl").toURI());

    Score score = score("petitions-holdout-b.jsonl", LabelledPetition.readAll(holdout));

    assertThat(score.memberRate()).isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void givenDevSetRetypedWithoutDiacriticsAndWithSwappedLetters_whenRouting_thenAtLeast85PercentReachTheRightMember() {
    Random random = new Random(20200109);
    List<LabelledPetition> retyped = LabelledPetition.readAll(LabelledPetition.locateDevSet()).stream()
        .map(p -> new LabelledPetition(p.id(),
            new PetitionText(typos(p.text().title(), random), typos(p.text().content(), random), p.text().sectorHint()),
            p.expectedMember(), p.expectedSector(), p.complaintLike()))
        .collect(Collectors.toList());

    Score score = score("petitions-dev.jsonl without diacritics, one swapped letter in a third of the 5+ letter words",
        retyped);

    assertThat(score.memberRate()).isGreaterThanOrEqualTo(0.85);
  }

  /** No diacritics, and in about a third of the words of 5+ letters two inner letters swapped. */
  private static String typos(String text, Random random) {
    StringBuilder out = new StringBuilder();
    for (String word : VietnameseText.stripDiacritics(text).split(" ")) {
      if (word.length() >= 5 && word.chars().allMatch(Character::isLetter) && random.nextInt(3) == 0) {
        int i = 1 + random.nextInt(word.length() - 2);
        char[] letters = word.toCharArray();
        char swapped = letters[i];
        letters[i] = letters[i - 1];
        letters[i - 1] = swapped;
        word = new String(letters);
      }
      out.append(out.length() == 0 ? "" : " ").append(word);
    }
    return out.toString();
  }

  private static Score score(String name, List<LabelledPetition> petitions) {
    Roster roster = HOA_AN.roster();
    int member = 0;
    int sector = 0;
    int complaint = 0;
    List<String> misses = new ArrayList<>();
    for (LabelledPetition petition : petitions) {
      RoutingDecision decision = ROUTER.route(petition.text());
      String section = roster.findPerson(decision.assignee()).flatMap(Person::section).orElse("?");
      String sectorName = decision.sector().map(code -> roster.sector(code).name()).orElse("(Tổ trưởng)");
      boolean memberOk = section.equals(petition.expectedMember());
      boolean sectorOk = sectorName.equals(petition.expectedSector());
      boolean complaintOk = decision.kind().isComplaintLike() == petition.complaintLike();
      member += memberOk ? 1 : 0;
      sector += sectorOk ? 1 : 0;
      complaint += complaintOk ? 1 : 0;
      if (!memberOk || !sectorOk || !complaintOk) {
        misses.add(String.format(Locale.ROOT, "%-5s %-6s %-7s %-36s %-36s %s", petition.id(),
            memberOk ? "ok" : "MEMBER", section + "/" + petition.expectedMember(), sectorName,
            petition.expectedSector(), decision.explanation()));
      }
    }
    int n = petitions.size();
    if (!misses.isEmpty()) {
      System.out.printf("Misses on %s (id, miss, got/expected member, got sector, expected sector, explanation):%n", name);
      misses.forEach(System.out::println);
    }
    System.out.printf(Locale.ROOT, "Routing accuracy on %s: member %d/%d (%.1f%%), sector %d/%d (%.1f%%), complaint flag %d/%d%n",
        name, member, n, 100.0 * member / n, sector, n, 100.0 * sector / n, complaint, n);
    return new Score(member, n);
  }

  private record Score(int member, int total) {
    double memberRate() {
      return (double) member / total;
    }
  }
}
