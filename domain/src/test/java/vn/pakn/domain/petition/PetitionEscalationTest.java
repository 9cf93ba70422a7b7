package vn.pakn.domain.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.domain.fixtures.DistrictFixtures.COMMUNE;
import static vn.pakn.domain.fixtures.DistrictFixtures.delegatedDeputy;
import static vn.pakn.domain.fixtures.DistrictFixtures.deputy;
import static vn.pakn.domain.fixtures.DistrictFixtures.leader;
import static vn.pakn.domain.fixtures.PetitionFixtures.accepted;
import static vn.pakn.domain.fixtures.PetitionFixtures.day;
import static vn.pakn.domain.fixtures.PetitionFixtures.verified;
import static vn.pakn.domain.petition.Steps.INFRA_MEMBER;
import static vn.pakn.domain.petition.Steps.complexAssigned;
import static vn.pakn.domain.petition.Steps.refusal;
import static vn.pakn.domain.petition.Steps.verifiedBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.district.Unit;
import vn.pakn.domain.fixtures.DistrictFixtures;

/** R3: a complex petition needs the leader's or deputy's opinion and a signed forwarding document. */
class PetitionEscalationTest {

  private static final Unit COMMUNE_UNIT = DistrictFixtures.profile().unit(COMMUNE);
  private static final LocalDate DEADLINE = LocalDate.of(2020, 1, 23);

  @Test
  void givenAComplexPetitionWithoutOpinionOrDocument_whenForwarding_thenRefusedAskingForTheOpinion() {
    Petition complex = verifiedBy(INFRA_MEMBER, complexAssigned("c1"));

    Refusal refusal = refusal(forward(complex));

    assertThat(complex.complex()).isTrue();
    assertThat(refusal.code()).isEqualTo(Refusal.Code.PRECONDITION);
    assertThat(refusal.message()).contains("cần xin ý kiến");
  }

  @Test
  void givenAComplexPetitionWithAnOpinionButAnUnsignedDocument_whenForwarding_thenRefusedAskingForTheSignature() {
    Petition drafted = accepted(verifiedBy(INFRA_MEMBER, complexAssigned("c1"))
        .requestOpinion(INFRA_MEMBER, "Chuyển Điện lực hay UBND xã?", day(1))
        .then(p -> p.giveOpinion(leader(), "Chuyển UBND xã chủ trì", day(1)))
        .then(p -> draft(p)));

    Refusal refusal = refusal(forward(drafted));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.PRECONDITION);
    assertThat(refusal.message()).contains("ký ban hành");
  }

  @Test
  void givenAComplexPetitionWithASignedDocumentButNoOpinion_whenForwarding_thenRefused() {
    Petition signed = accepted(draft(verifiedBy(INFRA_MEMBER, complexAssigned("c1")))
        .then(p -> p.signDocument(leader(), "Tổ trưởng", day(1))));

    assertThat(refusal(forward(signed)).message()).contains("cần xin ý kiến");
  }

  @Test
  void givenAnOpinionRequestedButNotYetGiven_whenForwarding_thenRefused() {
    Petition pending = accepted(draft(verifiedBy(INFRA_MEMBER, complexAssigned("c1")))
        .then(p -> p.signDocument(leader(), "Tổ trưởng", day(1)))
        .then(p -> p.requestOpinion(INFRA_MEMBER, "Chuyển đơn vị nào?", day(1))));

    assertThat(pending.opinionPending()).isTrue();
    assertThat(refusal(forward(pending)).code()).isEqualTo(Refusal.Code.PRECONDITION);
  }

  @Test
  void givenAComplexPetitionWithOpinionAndSignedDocument_whenForwarding_thenForwarded() {
    Petition ready = escalated(verifiedBy(INFRA_MEMBER, complexAssigned("c1")), leader());

    Petition forwarded = accepted(forward(ready));

    assertThat(forwarded.status()).isEqualTo(Status.FORWARDED);
    assertThat(forwarded.document()).hasValueSatisfying(d -> assertThat(d.signed()).isTrue());
  }

  @Test
  void givenASimplePetitionFlaggedComplexByTheMember_whenForwarding_thenItTooNeedsOpinionAndSignature() {
    Petition flagged = accepted(verified("p1").flagComplex(INFRA_MEMBER, "Liên quan cả Điện lực và xã", day(1)));

    assertThat(flagged.complex()).isTrue();
    assertThat(flagged.complexReasons()).anySatisfy(r -> assertThat(r).contains("Liên quan cả Điện lực và xã"));
    assertThat(refusal(forward(flagged)).code()).isEqualTo(Refusal.Code.PRECONDITION);
  }

  @Test
  void givenNoReason_whenFlaggingComplex_thenRefusedAsInvalid() {
    assertThat(refusal(verified("p1").flagComplex(INFRA_MEMBER, " ", day(1))).code())
        .isEqualTo(Refusal.Code.INVALID);
  }

  @Test
  void givenASimplePetition_whenForwardingWithoutOpinionOrDocument_thenForwarded() {
    assertThat(accepted(forward(verified("p1"))).status()).isEqualTo(Status.FORWARDED);
  }

  // ---- opinions ----

  @Test
  void givenAPendingRequest_whenTheLeaderOrTheDeputyGivesAnOpinion_thenTheRequestIsAnswered() {
    Petition requested = accepted(complexAssigned("c1").requestOpinion(INFRA_MEMBER, "Chuyển đơn vị nào?", day(1)));

    Petition byLeader = accepted(requested.giveOpinion(leader(), "Chuyển UBND xã", day(1)));
    Petition byDeputy = accepted(requested.giveOpinion(deputy(), "Chuyển Điện lực", day(1)));

    assertThat(byLeader.opinionGiven()).isTrue();
    assertThat(byLeader.opinionRequests().get(0).opinion()).hasValueSatisfying(o -> {
      assertThat(o.text()).isEqualTo("Chuyển UBND xã");
      assertThat(o.givenBy()).isEqualTo(DistrictFixtures.LEADER);
    });
    assertThat(byDeputy.opinionGiven()).isTrue();
  }

  @Test
  void givenAPendingRequest_whenAMemberGivesAnOpinion_thenForbidden() {
    Petition requested = accepted(complexAssigned("c1").requestOpinion(INFRA_MEMBER, "Chuyển đơn vị nào?", day(1)));

    Refusal refusal = refusal(requested.giveOpinion(INFRA_MEMBER, "Tự quyết", day(1)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.FORBIDDEN);
    assertThat(refusal.message()).contains("Chỉ Tổ trưởng hoặc Tổ phó cho ý kiến");
  }

  @Test
  void givenNoPendingRequest_whenGivingAnOpinion_thenRefusedAsWrongStage() {
    assertThat(refusal(complexAssigned("c1").giveOpinion(leader(), "Chuyển UBND xã", day(1))).code())
        .isEqualTo(Refusal.Code.WRONG_STAGE);
  }

  @Test
  void givenAPendingRequest_whenAskingAgain_thenRefusedUntilAnswered() {
    Petition requested = accepted(complexAssigned("c1").requestOpinion(INFRA_MEMBER, "Chuyển đơn vị nào?", day(1)));

    assertThat(refusal(requested.requestOpinion(INFRA_MEMBER, "Nhắc lại", day(2))).code())
        .isEqualTo(Refusal.Code.WRONG_STAGE);
  }

  // ---- signing ----

  @Test
  void givenADraft_whenTheLeaderSigns_thenSignedNotUnderDelegation() {
    Petition signed = accepted(draft(complexAssigned("c1")).then(p -> p.signDocument(leader(), "Tổ trưởng", day(1))));

    assertThat(signed.document().orElseThrow().signature()).hasValueSatisfying(s -> {
      assertThat(s.signer()).isEqualTo(DistrictFixtures.LEADER);
      assertThat(s.underDelegation()).isFalse();
      assertThat(s.capacity()).isEqualTo("TỔ TRƯỞNG");
    });
  }

  @Test
  void givenADraft_whenTheDeputyWithoutDelegationSigns_thenForbiddenMentioningUyQuyen() {
    Refusal refusal = refusal(accepted(draft(complexAssigned("c1"))).signDocument(deputy(), "Tổ phó", day(1)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.FORBIDDEN);
    assertThat(refusal.message()).contains("ủy quyền");
  }

  @Test
  void givenADraft_whenTheDelegatedDeputySigns_thenSignedUnderDelegation() {
    Petition signed = accepted(draft(complexAssigned("c1"))
        .then(p -> p.signDocument(delegatedDeputy(), "Tổ phó", day(1))));

    assertThat(signed.document().orElseThrow().signature()).hasValueSatisfying(s -> {
      assertThat(s.signer()).isEqualTo(DistrictFixtures.DEPUTY);
      assertThat(s.underDelegation()).isTrue();
      assertThat(s.capacity()).startsWith("KT. TỔ TRƯỞNG");
    });
  }

  @Test
  void givenADraft_whenAMemberSigns_thenForbidden() {
    assertThat(refusal(accepted(draft(complexAssigned("c1"))).signDocument(INFRA_MEMBER, "Tổ viên", day(1))).code())
        .isEqualTo(Refusal.Code.FORBIDDEN);
  }

  @Test
  void givenNoDraft_whenTheLeaderSigns_thenRefusedAsWrongStage() {
    assertThat(refusal(complexAssigned("c1").signDocument(leader(), "Tổ trưởng", day(1))).code())
        .isEqualTo(Refusal.Code.WRONG_STAGE);
  }

  @Test
  void givenASignedDocument_whenSigningAgainOrRedrafting_thenRefused() {
    Petition signed = accepted(draft(complexAssigned("c1")).then(p -> p.signDocument(leader(), "Tổ trưởng", day(1))));

    assertThat(refusal(signed.signDocument(leader(), "Tổ trưởng", day(2))).code()).isEqualTo(Refusal.Code.WRONG_STAGE);
    assertThat(refusal(draft(signed)).code()).isEqualTo(Refusal.Code.WRONG_STAGE);
  }

  @Test
  void givenAnEmptySubject_whenDrafting_thenRefusedAsInvalid() {
    assertThat(refusal(complexAssigned("c1").draftDocument(INFRA_MEMBER, " ", "Nội dung", List.of(), day(1))).code())
        .isEqualTo(Refusal.Code.INVALID);
  }

  // ---- helpers ----

  private static StepResult forward(Petition p) {
    return p.forward(INFRA_MEMBER, COMMUNE_UNIT, "Đề nghị kiểm tra, khắc phục", DEADLINE, day(2));
  }

  private static StepResult draft(Petition p) {
    return p.draftDocument(INFRA_MEMBER, "Chuyển phản ánh mất điện xóm Nà Vài",
        "Tổ công tác chuyển phản ánh đến UBND xã Hồng Việt", List.of("UBND xã Hồng Việt", "Lưu TCTTNXLTT"), day(1));
  }

  private static Petition escalated(Petition p, Actor signer) {
    return accepted(p.requestOpinion(INFRA_MEMBER, "Chuyển Điện lực hay UBND xã?", day(1))
        .then(q -> q.giveOpinion(leader(), "Chuyển UBND xã chủ trì", day(1)))
        .then(q -> draft(q))
        .then(q -> q.signDocument(signer, "Tổ trưởng", day(1))));
  }
}
