package vn.pakn.domain.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.domain.fixtures.DistrictFixtures.COMPLAINTS;
import static vn.pakn.domain.fixtures.DistrictFixtures.INFRASTRUCTURE;
import static vn.pakn.domain.fixtures.DistrictFixtures.INSPECTOR;
import static vn.pakn.domain.fixtures.DistrictFixtures.POWER;
import static vn.pakn.domain.fixtures.PetitionFixtures.T0;
import static vn.pakn.domain.fixtures.PetitionFixtures.accepted;
import static vn.pakn.domain.fixtures.PetitionFixtures.day;
import static vn.pakn.domain.fixtures.PetitionFixtures.recording;

import java.util.List;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.fixtures.PetitionFixtures;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.roster.SectorKind;
import vn.pakn.domain.verification.Sender;

/** Shared arrangements and assertions for the petition lifecycle tests. */
final class Steps {

  static final Actor INFRA_MEMBER = DistrictFixtures.member(INFRASTRUCTURE);
  static final Actor INSPECTOR_MEMBER = DistrictFixtures.member(INSPECTOR);

  private Steps() {}

  /** The refusal of a step that must have been refused. */
  static Refusal refusal(StepResult result) {
    assertThat(result).isInstanceOf(StepResult.Refused.class);
    return ((StepResult.Refused) result).refusal();
  }

  static Petition receive(String id, SectorCode sector, PersonId owner, SectorKind kind, Sender sender,
      List<String> complexReasons) {
    return Petition.receive(PetitionId.of(id),
        PetitionFixtures.intake("Phản ánh " + id, "Nội dung phản ánh " + id, sender),
        PetitionFixtures.routedTo(sector, owner, kind),
        DistrictFixtures.roster().person(owner), complexReasons, day(0));
  }

  /** A power-cut petition judged complex at intake, assigned to the infrastructure member. */
  static Petition complexAssigned(String id) {
    return receive(id, POWER, INFRASTRUCTURE, SectorKind.ORDINARY, PetitionFixtures.fullSender(),
        List.of("Ảnh hưởng đến 12 hộ dân"));
  }

  /** A complaint assigned to the inspector, with full contact details. */
  static Petition complaintAssigned(String id) {
    return receive(id, COMPLAINTS, INSPECTOR, SectorKind.COMPLAINT, PetitionFixtures.fullSender(), List.of());
  }

  /** Contacted, recorded with consent and verified by the given member. */
  static Petition verifiedBy(Actor member, Petition assigned) {
    return accepted(assigned
        .recordContactAttempt(member, ContactMethod.CALL, true, "Đã gọi", day(0))
        .then(p -> p.attachEvidence(member, recording(assigned.id().value() + "-ev1", T0), day(0)))
        .then(p -> p.verify(member, day(0))));
  }
}
