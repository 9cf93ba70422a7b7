package vn.pakn.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.roster.Duty;
import vn.pakn.domain.roster.Keyword;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.Role;
import vn.pakn.domain.roster.Roster;
import vn.pakn.domain.roster.Sector;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.roster.SectorKind;

class RouterTest {

  private static final PersonId LEADER = PersonId.of("leader");
  private static final PersonId INFRASTRUCTURE = PersonId.of("infra");
  private static final PersonId INSPECTION = PersonId.of("inspector");
  private static final SectorCode POWER = SectorCode.of("dien");
  private static final SectorCode WATER = SectorCode.of("nuoc");
  private static final SectorCode MARKET = SectorCode.of("thi-truong");
  private static final SectorCode COMPLAINT = SectorCode.of("khieu-nai");

  private final Router router = new Router(roster());

  private static Roster roster() {
    return Roster.builder()
        .groupName("Tổ công tác thử")
        .addPeople(person(LEADER, Role.LEADER, Duty.ACCOUNT_MANAGEMENT, Duty.ROUTING_OPINIONS, Duty.SIGNING))
        .addPeople(person(INFRASTRUCTURE, Role.MEMBER, Duty.OVERDUE_REMINDERS, Duty.TECHNICAL_SUPPORT))
        .addPeople(person(INSPECTION, Role.MEMBER, Duty.PERIODIC_REPORTS))
        .addSectors(Sector.builder().code(POWER).name("Điện").owner(INFRASTRUCTURE)
            .addAliases("Điện lực")
            .addKeywords(Keyword.of("mất điện", 3), Keyword.of("cột điện", 2), Keyword.of("trạm biến áp", 3),
                Keyword.of("điện lực", 2))
            .build())
        .addSectors(Sector.builder().code(WATER).name("Nước").owner(INFRASTRUCTURE)
            .addAliases("Nước sạch")
            .addKeywords(Keyword.of("nước sạch", 3), Keyword.of("ống nước", 3), Keyword.of("mất nước", 3))
            .build())
        .addSectors(Sector.builder().code(MARKET).name("Thị trường").owner(INSPECTION)
            .addKeywords(Keyword.of("hàng giả", 3), Keyword.of("cửa hàng", 1.5), Keyword.of("người tiêu dùng", 3),
                Keyword.of("đổi hàng", 2))
            .build())
        .addSectors(Sector.builder().code(COMPLAINT).name("Khiếu nại").owner(INSPECTION).kind(SectorKind.COMPLAINT)
            .addKeywords(Keyword.of("khiếu nại", 3), Keyword.of("khiếu nại quyết định", 5),
                Keyword.of("khiếu nại với cửa hàng", -3))
            .build())
        .build();
  }

  private static Person person(PersonId id, Role role, Duty... duties) {
    return Person.builder().id(id).fullName("Người " + id.value()).position("Chuyên viên").role(role)
        .duties(Set.of(duties)).build();
  }

  @Test
  void givenPowerCutText_whenRouting_thenPowerSectorAndItsOwner() {
    RoutingDecision decision = router.route(PetitionText.of("Mất điện cả ngày", "Xóm tôi mất điện từ sáng, cột điện đổ.", null));

    assertThat(decision.sector()).contains(POWER);
    assertThat(decision.assignee()).isEqualTo(INFRASTRUCTURE);
    assertThat(decision.kind()).isEqualTo(SectorKind.ORDINARY);
    assertThat(decision.confidence()).isBetween(0.5, 1.0);
  }

  @Test
  void givenTextWithoutDiacritics_whenRouting_thenSameSectorAsWithDiacritics() {
    RoutingDecision with = router.route(PetitionText.of("Mất điện", "Cột điện đổ, đề nghị điện lực sửa", null));
    RoutingDecision without = router.route(PetitionText.of("mat dien", "cot dien do, de nghi dien luc sua", null));

    assertThat(without.sector()).contains(POWER);
    assertThat(without.sector()).isEqualTo(with.sector());
    assertThat(without.confidence()).isEqualTo(with.confidence());
  }

  @Test
  void givenTypoInLongWord_whenRouting_thenStillMatchedWithReducedWeight() {
    RoutingDecision exact = router.route(PetitionText.of("", "bao ve quyen loi nguoi tieu dung", null));
    RoutingDecision typo = router.route(PetitionText.of("", "bao ve quyen loi ngoui tieu dung", null));

    assertThat(typo.sector()).contains(MARKET);
    assertThat(typo.confidence()).isLessThan(exact.confidence());
    assertThat(typo.explanation()).contains("\"người tiêu dùng\" (2,1, viết là \"ngoui tieu dung\")");
  }

  @Test
  void givenTelexLeftovers_whenRouting_thenReadAsTheIntendedWord() {
    RoutingDecision decision = router.route(PetitionText.of("", "xom toi mats ddien ca ngay", null));

    assertThat(decision.sector()).contains(POWER);
  }

  @Test
  void givenRealWordNotInKeywords_whenRouting_thenNotCorrectedIntoAKeyword() {
    RoutingDecision decision = router.route(PetitionText.of("", "truong hoc", null));

    assertThat(decision.placed()).isFalse();
  }

  @Test
  void givenContradictingHint_whenTextIsStrong_thenTextWinsAndExplanationSaysHintWasIgnored() {
    RoutingDecision decision = router.route(PetitionText.of("Mất điện", "Trạm biến áp cháy, mất điện cả xóm", "Nước"));

    assertThat(decision.sector()).contains(POWER);
    assertThat(decision.explanation())
        .contains("lĩnh vực người gửi chọn \"Nước\" bị bỏ qua vì nội dung nghiêng về Điện");
  }

  @Test
  void givenHintAndBalancedText_whenRouting_thenHintBreaksTheTie() {
    RoutingDecision toWater = router.route(PetitionText.of("", "mất điện nên mất nước", "Nước sạch"));
    RoutingDecision toPower = router.route(PetitionText.of("", "mất điện nên mất nước", "Điện"));

    assertThat(toWater.sector()).contains(WATER);
    assertThat(toPower.sector()).contains(POWER);
    assertThat(toWater.otherSectors()).containsExactly(POWER);
  }

  @Test
  void givenNoEvidence_whenRouting_thenLeaderWithoutSector() {
    RoutingDecision decision = router.route(PetitionText.of("Xin hỏi", "Tôi muốn hỏi một việc", null));

    assertThat(decision.placed()).isFalse();
    assertThat(decision.assignee()).isEqualTo(LEADER);
    assertThat(decision.confidence()).isZero();
    assertThat(decision.explanation()).contains("Tổ trưởng");
  }

  @Test
  void givenOnlyAWeakWord_whenRouting_thenLeader() {
    RoutingDecision decision = router.route(PetitionText.of("", "tôi đi qua cửa hàng", null));

    assertThat(decision.placed()).isFalse();
    assertThat(decision.assignee()).isEqualTo(LEADER);
    assertThat(decision.explanation()).contains("căn cứ quá yếu");
  }

  @Test
  void givenComplaintAgainstDecision_whenRouting_thenComplaintKindAndItsOwner() {
    RoutingDecision decision = router.route(PetitionText.of("Khiếu nại quyết định xử phạt",
        "Tôi khiếu nại quyết định xử phạt của UBND xã vì tôi bán hàng trước cửa hàng của mình", null));

    assertThat(decision.sector()).contains(COMPLAINT);
    assertThat(decision.kind()).isEqualTo(SectorKind.COMPLAINT);
    assertThat(decision.assignee()).isEqualTo(INSPECTION);
  }

  @Test
  void givenConsumerDisputeUsingWordComplaint_whenRouting_thenMarketNotComplaint() {
    RoutingDecision decision = router.route(PetitionText.of("Mua hàng lỗi",
        "Tôi đã khiếu nại với cửa hàng nhưng không được đổi hàng, đề nghị bảo vệ người tiêu dùng", null));

    assertThat(decision.sector()).contains(MARKET);
    assertThat(decision.kind()).isEqualTo(SectorKind.ORDINARY);
  }

  @Test
  void givenStrayComplaintWordInALongTopicText_whenRouting_thenTopicWins() {
    RoutingDecision decision = router.route(PetitionText.of("Mất điện, trạm biến áp cháy, cột điện đổ",
        "Mất điện cả xóm, trạm biến áp cháy, cột điện đổ, điện lực chưa sửa, mất điện lần thứ ba; "
            + "chưa sửa thì tôi sẽ khiếu nại quyết định chậm trễ này", null));

    assertThat(decision.sector()).contains(POWER);
    assertThat(decision.kind()).isEqualTo(SectorKind.ORDINARY);
  }

  @Test
  void givenComplaintAboutAPowerDecision_whenRouting_thenComplaintWinsOverTheTopic() {
    RoutingDecision decision = router.route(PetitionText.of("Khiếu nại quyết định",
        "Tôi khiếu nại quyết định cắt điện của điện lực, trạm biến áp vẫn tốt", null));

    assertThat(decision.sector()).contains(COMPLAINT);
    assertThat(decision.otherSectors()).contains(POWER);
  }

  @Test
  void givenRoutedPetition_whenExplaining_thenNamesTheDecidingWordsWithPoints() {
    RoutingDecision decision = router.route(PetitionText.of("Mất điện", "Cột điện đổ", null));

    assertThat(decision.explanation()).startsWith("Lĩnh vực Điện: ")
        .contains("\"mất điện\" (4,5)")
        .contains("\"cột điện\" (2,0)");
  }

  @Test
  void givenHintOnly_whenRouting_thenHintedSectorWithLowConfidence() {
    RoutingDecision decision = router.route(PetitionText.of("Đề nghị", "Đề nghị xem xét giúp", "Nước"));

    assertThat(decision.sector()).contains(WATER);
    assertThat(decision.confidence()).isLessThan(0.5);
  }

  @Test
  void givenUnknownHint_whenRouting_thenExplanationSaysSo() {
    RoutingDecision decision = router.route(PetitionText.of("Mất điện", "mất điện", "Vũ trụ"));

    assertThat(decision.sector()).contains(POWER);
    assertThat(decision.explanation()).contains("\"Vũ trụ\" không có trong danh mục");
  }

  @Test
  void givenOneEditAwayWords_whenCheckingDistance_thenOnlySingleEditsAccepted() {
    assertThat(KeywordIndex.withinOneEdit("bein", "bien")).isTrue();
    assertThat(KeywordIndex.withinOneEdit("dienn", "dien")).isTrue();
    assertThat(KeywordIndex.withinOneEdit("nguoi", "ngoui")).isTrue();
    assertThat(KeywordIndex.withinOneEdit("nguoi", "nguon")).isTrue();
    assertThat(KeywordIndex.withinOneEdit("nguoi", "ngoiu")).isFalse();
    assertThat(KeywordIndex.withinOneEdit("abcde", "abc")).isFalse();
  }

  @Test
  void givenWellFormedAndMalformedTokens_whenCheckingSyllables_thenOnlyRealSyllablesPass() {
    assertThat(VietnameseSyllable.isWellFormed("truong")).isTrue();
    assertThat(VietnameseSyllable.isWellFormed("nghieng")).isTrue();
    assertThat(VietnameseSyllable.isWellFormed("khuyen")).isTrue();
    assertThat(VietnameseSyllable.isWellFormed("dienn")).isFalse();
    assertThat(VietnameseSyllable.isWellFormed("bein")).isFalse();
    assertThat(VietnameseSyllable.isWellFormed("mats")).isFalse();
  }
}
