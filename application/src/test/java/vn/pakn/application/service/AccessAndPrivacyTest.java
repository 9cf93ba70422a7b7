package vn.pakn.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.application.service.ServiceTestSupport.ANY;
import static vn.pakn.application.service.ServiceTestSupport.forwarded;
import static vn.pakn.application.service.ServiceTestSupport.ok;
import static vn.pakn.application.service.ServiceTestSupport.receive;
import static vn.pakn.application.service.ServiceTestSupport.receivePowerCut;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.pakn.application.fake.InMemoryPakn;
import vn.pakn.application.port.in.ListPetitionsUseCase.Inbox;
import vn.pakn.application.port.in.Problem;
import vn.pakn.application.port.in.ReassignPetitionUseCase.ReassignPetitionCommand;
import vn.pakn.application.port.in.RecordContactAttemptUseCase.RecordContactAttemptCommand;
import vn.pakn.application.query.PetitionFilter;
import vn.pakn.application.query.PetitionSummary;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.fixtures.PetitionFixtures;
import vn.pakn.domain.petition.ContactMethod;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.verification.Sender;

/** R7: each person sees and does only what their role allows; personal data is masked and every look logged. */
class AccessAndPrivacyTest {

  private final InMemoryPakn app = new InMemoryPakn(DistrictFixtures.profile(), PetitionFixtures.T0);
  private final LocalDate today = PetitionFixtures.T0.atZone(PetitionFixtures.ZONE).toLocalDate();

  private Inbox inbox(Actor actor) {
    return ok(app.services.queries().list(actor, PetitionFilter.all(today)));
  }

  @Test
  void givenPetitionsOfSeveralMembers_whenListing_thenEachSeesWhatConcernsThem() {
    Petition power = receivePowerCut(app, "Mất điện xóm Nà Vài");
    Petition health = receive(app, "Trạm y tế đóng cửa", "Trạm y tế xã đóng cửa, bác sĩ không trực", Sender.anonymous());
    Petition forwardedOne = forwarded(app, "Mất điện xóm Khuổi", null);

    assertThat(inbox(DistrictFixtures.leader()).page().items()).hasSize(3);
    assertThat(inbox(DistrictFixtures.deputy()).page().items()).hasSize(3);
    assertThat(inbox(DistrictFixtures.member(DistrictFixtures.INFRASTRUCTURE)).page().items())
        .extracting(PetitionSummary::id).containsExactlyInAnyOrder(power.id(), forwardedOne.id());
    assertThat(inbox(DistrictFixtures.member(DistrictFixtures.SOCIAL)).page().items())
        .extracting(PetitionSummary::id).containsExactly(health.id());
    assertThat(inbox(DistrictFixtures.unitAccount(DistrictFixtures.COMMUNE)).page().items())
        .extracting(PetitionSummary::id).containsExactly(forwardedOne.id());
    assertThat(inbox(DistrictFixtures.unitAccount(DistrictFixtures.OTHER_COMMUNE)).page().items()).isEmpty();
    assertThat(inbox(DistrictFixtures.reception()).page().items()).isEmpty();
    Inbox leaderInbox = inbox(DistrictFixtures.leader());
    assertThat(leaderInbox.countsByStatus()).containsEntry(Status.ASSIGNED, 2L).containsEntry(Status.FORWARDED, 1L)
        .containsEntry(Status.CLOSED, 0L);
  }

  @Test
  void givenAnotherMembersPetition_whenActingOrReading_thenNotFoundOrForbidden() {
    Petition power = receivePowerCut(app, "Mất điện");
    Actor other = DistrictFixtures.member(DistrictFixtures.SOCIAL);

    assertThat(app.services.queries().get(other, power.id()).problem().kind()).isEqualTo(Problem.Kind.NOT_FOUND);
    assertThat(app.services.workflow().recordContactAttempt(other,
        new RecordContactAttemptCommand(power.id(), ContactMethod.CALL, true, "", ANY)).problem().kind())
        .isEqualTo(Problem.Kind.NOT_FOUND);
    // The leader sees it but, not being the assignee, does not verify it in the member's place.
    assertThat(app.services.workflow().recordContactAttempt(DistrictFixtures.leader(),
        new RecordContactAttemptCommand(power.id(), ContactMethod.CALL, true, "", ANY)).problem().kind())
        .isEqualTo(Problem.Kind.FORBIDDEN);
  }

  @Test
  void givenPetition_whenReadingIt_thenSenderIsMaskedUntilRevealedAndEachRevealIsLogged() {
    Petition power = receivePowerCut(app, "Mất điện");
    Actor member = DistrictFixtures.member(DistrictFixtures.INFRASTRUCTURE);

    Petition shown = ok(app.services.queries().get(member, power.id()));
    assertThat(shown.sender().name()).isPresent().get().asString().doesNotContain("Hậu");
    assertThat(shown.sender().phone()).isPresent().get().asString().doesNotContain("382");
    assertThat(app.accessLog.forPetition(power.id())).isEmpty();

    Sender revealed = ok(app.services.queries().reveal(member, power.id(), "Gọi điện xác minh"));
    assertThat(revealed.name()).contains("Nông Văn Hậu");
    assertThat(app.accessLog.forPetition(power.id())).singleElement()
        .satisfies(a -> {
          assertThat(a.accountId()).isEqualTo(member.accountId());
          assertThat(a.purpose()).isEqualTo("Gọi điện xác minh");
        });
    assertThat(app.services.queries().accessLog(member, power.id()).problem().kind()).isEqualTo(Problem.Kind.FORBIDDEN);
    assertThat(ok(app.services.queries().accessLog(DistrictFixtures.leader(), power.id()))).hasSize(1);
  }

  @Test
  void givenNotificationsAndEvents_whenInspected_thenNoPersonalDataIsInThem() {
    Petition power = receivePowerCut(app, "Mất điện");
    forwarded(app, "Mất điện xóm Khuổi", null);
    assertThat(app.notifications.all()).allSatisfy(n -> assertThat(n.message()).doesNotContain("Hậu", "0964"));
    assertThat(app.petitions.findById(power.id()).orElseThrow().events())
        .allSatisfy(e -> assertThat(e.summary()).doesNotContain("Hậu", "0964", "382"));
  }

  @Test
  void givenStaleVersion_whenActing_thenConflictAndNothingLost() {
    Petition power = receivePowerCut(app, "Mất điện");
    Actor member = DistrictFixtures.member(DistrictFixtures.INFRASTRUCTURE);
    long seen = power.version();
    ok(app.services.workflow().recordContactAttempt(member,
        new RecordContactAttemptCommand(power.id(), ContactMethod.CALL, false, "Không nghe máy", OptionalLong.of(seen))));

    var stale = app.services.workflow().recordContactAttempt(member,
        new RecordContactAttemptCommand(power.id(), ContactMethod.CALL, true, "Gọi lại", OptionalLong.of(seen)));

    assertThat(stale.problem().kind()).isEqualTo(Problem.Kind.CONFLICT);
    assertThat(app.petitions.findById(power.id()).orElseThrow().contactAttempts()).hasSize(1);
  }

  @Test
  void givenUnplacedPetition_whenLeaderOrDelegatedDeputyReassigns_thenAssignedAndOthersRefused() {
    Petition odd = receive(app, "Xin hỏi", "Một việc khác", Sender.anonymous());
    PetitionId id = odd.id();
    var command = new ReassignPetitionCommand(id, DistrictFixtures.SOCIAL, Optional.of(DistrictFixtures.HEALTH),
        "Liên quan y tế", ANY);

    assertThat(app.services.workflow().reassign(DistrictFixtures.deputy(), command).problem().kind())
        .isEqualTo(Problem.Kind.FORBIDDEN);
    assertThat(app.services.workflow().reassign(DistrictFixtures.member(DistrictFixtures.SOCIAL), command).problem()
        .kind()).isEqualTo(Problem.Kind.NOT_FOUND);
    Petition assigned = ok(app.services.workflow().reassign(DistrictFixtures.leader(), command));
    assertThat(assigned.status()).isEqualTo(Status.ASSIGNED);
    assertThat(assigned.assignee()).isEqualTo(DistrictFixtures.SOCIAL);
    assertThat(assigned.sector()).contains(DistrictFixtures.HEALTH);
  }
}
