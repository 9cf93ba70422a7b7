package vn.pakn.domain.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.domain.fixtures.DistrictFixtures.COMMUNE;
import static vn.pakn.domain.fixtures.DistrictFixtures.HEALTH;
import static vn.pakn.domain.fixtures.DistrictFixtures.INFRASTRUCTURE;
import static vn.pakn.domain.fixtures.DistrictFixtures.LEADER;
import static vn.pakn.domain.fixtures.DistrictFixtures.OTHER_COMMUNE;
import static vn.pakn.domain.fixtures.DistrictFixtures.POWER;
import static vn.pakn.domain.fixtures.DistrictFixtures.SOCIAL;
import static vn.pakn.domain.fixtures.DistrictFixtures.delegatedDeputy;
import static vn.pakn.domain.fixtures.DistrictFixtures.deputy;
import static vn.pakn.domain.fixtures.DistrictFixtures.leader;
import static vn.pakn.domain.fixtures.DistrictFixtures.member;
import static vn.pakn.domain.fixtures.DistrictFixtures.reception;
import static vn.pakn.domain.fixtures.DistrictFixtures.unitAccount;
import static vn.pakn.domain.fixtures.PetitionFixtures.accepted;
import static vn.pakn.domain.fixtures.PetitionFixtures.assigned;
import static vn.pakn.domain.fixtures.PetitionFixtures.day;
import static vn.pakn.domain.fixtures.PetitionFixtures.forwarded;
import static vn.pakn.domain.petition.Steps.INFRA_MEMBER;
import static vn.pakn.domain.petition.Steps.refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.fixtures.PetitionFixtures;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.roster.Roster;
import vn.pakn.domain.roster.SectorKind;
import vn.pakn.domain.routing.RoutingDecision;

/** R7 on petitions, and the leader's reassignment (R1). */
class PetitionAccessTest {

  private static final Roster ROSTER = DistrictFixtures.roster();
  private static final LocalDate DEADLINE = LocalDate.of(2020, 1, 23);

  // ---- reassignment ----

  @Test
  void givenAnUnplacedPetition_whenReceived_thenItWaitsForTheLeader() {
    Petition unplaced = unplaced();

    assertThat(unplaced.status()).isEqualTo(Status.RECEIVED);
    assertThat(unplaced.assignee()).isEqualTo(LEADER);
    assertThat(unplaced.sector()).isEmpty();
  }

  @Test
  void givenAnUnplacedPetition_whenTheLeaderAssignsItToASectorOwner_thenAssignedToThatMemberAndSector() {
    Petition reassigned = accepted(unplaced().reassign(leader(), ROSTER.person(INFRASTRUCTURE),
        ROSTER.findSector(POWER), "Mất điện", day(0)));

    assertThat(reassigned.status()).isEqualTo(Status.ASSIGNED);
    assertThat(reassigned.assignee()).isEqualTo(INFRASTRUCTURE);
    assertThat(reassigned.sector()).contains(POWER);
  }

  @Test
  void givenTheDeputyWithoutDelegation_whenReassigning_thenForbiddenMentioningUyQuyen() {
    Refusal refusal = refusal(unplaced().reassign(deputy(), ROSTER.person(INFRASTRUCTURE), ROSTER.findSector(POWER),
        "", day(0)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.FORBIDDEN);
    assertThat(refusal.message()).contains("ủy quyền");
  }

  @Test
  void givenTheDelegatedDeputy_whenReassigning_thenAccepted() {
    assertThat(accepted(unplaced().reassign(delegatedDeputy(), ROSTER.person(INFRASTRUCTURE),
        ROSTER.findSector(POWER), "", day(0))).assignee()).isEqualTo(INFRASTRUCTURE);
  }

  @Test
  void givenAMember_whenReassigning_thenForbidden() {
    assertThat(refusal(assigned("p1").reassign(INFRA_MEMBER, ROSTER.person(SOCIAL), Optional.empty(), "", day(0)))
        .code()).isEqualTo(Refusal.Code.FORBIDDEN);
  }

  @Test
  void givenASectorTheTargetDoesNotOwn_whenReassigning_thenRefusedAsInvalid() {
    Refusal refusal = refusal(unplaced().reassign(leader(), ROSTER.person(SOCIAL), ROSTER.findSector(POWER), "",
        day(0)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.INVALID);
    assertThat(refusal.message()).contains("Điện", "Vi La Linh");
  }

  @Test
  void givenAReassignedPetition_whenTheOldAndNewAssigneesAct_thenOnlyTheNewOneMay() {
    Petition moved = accepted(assigned("p1").reassign(leader(), ROSTER.person(SOCIAL), ROSTER.findSector(HEALTH),
        "Thuộc lĩnh vực Y tế", day(0)));

    assertThat(refusal(moved.recordContactAttempt(INFRA_MEMBER, ContactMethod.CALL, true, "", day(0))).code())
        .isEqualTo(Refusal.Code.FORBIDDEN);
    assertThat(moved.recordContactAttempt(member(SOCIAL), ContactMethod.CALL, true, "", day(0)).accepted()).isTrue();
  }

  @Test
  void givenAForwardedPetition_whenReassigning_thenRefusedAsWrongStage() {
    assertThat(refusal(forwarded("p1", DEADLINE).reassign(leader(), ROSTER.person(SOCIAL), Optional.empty(), "",
        day(1))).code()).isEqualTo(Refusal.Code.WRONG_STAGE);
  }

  // ---- who may act ----

  @Test
  void givenAMemberNotAssigned_whenActingOnThePetition_thenForbidden() {
    Refusal refusal = refusal(assigned("p1").recordContactAttempt(member(SOCIAL), ContactMethod.CALL, true, "",
        day(0)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.FORBIDDEN);
    assertThat(PetitionAccess.allowed(member(SOCIAL), PetitionAction.VIEW, assigned("p1"))).isFalse();
  }

  @Test
  void givenTheLeaderOrDeputy_whenTriaging_thenForbiddenButTheyMayView() {
    Petition petition = assigned("p1");

    assertThat(refusal(petition.recordContactAttempt(leader(), ContactMethod.CALL, true, "", day(0))).code())
        .isEqualTo(Refusal.Code.FORBIDDEN);
    assertThat(PetitionAccess.allowed(leader(), PetitionAction.VIEW_SENDER, petition)).isTrue();
    assertThat(PetitionAccess.allowed(deputy(), PetitionAction.VIEW, petition)).isTrue();
  }

  @Test
  void givenAPetitionForwardedToOneCommune_whenAnotherCommunesAccountAnswers_thenForbidden() {
    Refusal refusal = refusal(forwarded("p1", DEADLINE).recordUnitAnswer(unitAccount(OTHER_COMMUNE), "Đã xử lý",
        day(2)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.FORBIDDEN);
  }

  @Test
  void givenAPetitionForwardedToOneCommune_whenUnitAccountsAskToView_thenOnlyThatCommuneMay() {
    Petition petition = forwarded("p1", DEADLINE);

    assertThat(PetitionAccess.allowed(unitAccount(COMMUNE), PetitionAction.VIEW, petition)).isTrue();
    assertThat(PetitionAccess.allowed(unitAccount(OTHER_COMMUNE), PetitionAction.VIEW, petition)).isFalse();
    assertThat(PetitionAccess.check(unitAccount(OTHER_COMMUNE), PetitionAction.VIEW, petition))
        .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(Refusal.Code.FORBIDDEN));
  }

  @Test
  void givenAPetitionNotYetForwarded_whenAUnitOrTheReceptionTeamAsksToView_thenNeitherMay() {
    Petition petition = assigned("p1");

    assertThat(PetitionAccess.allowed(unitAccount(COMMUNE), PetitionAction.VIEW, petition)).isFalse();
    assertThat(PetitionAccess.allowed(reception(), PetitionAction.VIEW, petition)).isFalse();
  }

  @Test
  void givenAnAssignedMember_whenClosingAfterReply_thenTheLeaderMayAlsoClose() {
    Petition replied = accepted(forwarded("p1", DEADLINE)
        .recordUnitAnswer(unitAccount(COMMUNE), "Đã xử lý", day(2))
        .then(p -> p.replyToCitizen(INFRA_MEMBER, "Đã xử lý", day(3))));

    assertThat(replied.close(leader(), day(3)).accepted()).isTrue();
    assertThat(refusal(replied.close(member(SOCIAL), day(3))).code()).isEqualTo(Refusal.Code.FORBIDDEN);
  }

  private static Petition unplaced() {
    Person leader = ROSTER.person(LEADER);
    return Petition.receive(PetitionId.of("u1"),
        PetitionFixtures.intake("Kiến nghị chung", "Đề nghị quan tâm", PetitionFixtures.fullSender()),
        new RoutingDecision(Optional.empty(), LEADER, SectorKind.ORDINARY, 0.1, "Không xác định", List.of()),
        leader, List.of(), day(0));
  }
}
