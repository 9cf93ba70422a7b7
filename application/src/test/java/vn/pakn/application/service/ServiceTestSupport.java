package vn.pakn.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.OptionalLong;
import vn.pakn.application.fake.InMemoryPakn;
import vn.pakn.application.port.in.AttachEvidenceUseCase.AttachEvidenceCommand;
import vn.pakn.application.port.in.ForwardPetitionUseCase.ForwardPetitionCommand;
import vn.pakn.application.port.in.Outcome;
import vn.pakn.application.port.in.ReceivePetitionUseCase.ReceivePetitionCommand;
import vn.pakn.application.port.in.RecordContactAttemptUseCase.RecordContactAttemptCommand;
import vn.pakn.application.port.in.VerifyPetitionUseCase.VerifyPetitionCommand;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.fixtures.PetitionFixtures;
import vn.pakn.domain.petition.Channel;
import vn.pakn.domain.petition.ContactMethod;
import vn.pakn.domain.petition.EvidenceKind;
import vn.pakn.domain.petition.Intake;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.verification.Sender;

/** Shared steps for service tests: receive a power-cut petition and take it through triage. */
final class ServiceTestSupport {

  static final OptionalLong ANY = OptionalLong.empty();

  private ServiceTestSupport() {}

  static <T> T ok(Outcome<T> outcome) {
    assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
    return outcome.orElseThrow();
  }

  static Petition receivePowerCut(InMemoryPakn app, String title) {
    return ok(app.services.intake().receive(new ReceivePetitionCommand(new Intake(title,
        "Xóm Nà Vài mất điện, cột điện đổ", Optional.empty(), PetitionFixtures.fullSender(), Channel.WEB))));
  }

  static Petition receive(InMemoryPakn app, String title, String content, Sender sender) {
    return ok(app.services.intake().receive(new ReceivePetitionCommand(
        new Intake(title, content, Optional.empty(), sender, Channel.WEB))));
  }

  static Petition verified(InMemoryPakn app, String title) {
    Actor member = DistrictFixtures.member(DistrictFixtures.INFRASTRUCTURE);
    PetitionId id = receivePowerCut(app, title).id();
    ok(app.services.workflow().recordContactAttempt(member,
        new RecordContactAttemptCommand(id, ContactMethod.CALL, true, "", ANY)));
    ok(app.services.evidence().attach(member, new AttachEvidenceCommand(id, "goi.mp3", "audio/mpeg",
        EvidenceKind.RECORDING, true, true, new ByteArrayInputStream(new byte[] {1}))));
    return ok(app.services.workflow().verify(member, new VerifyPetitionCommand(id, ANY)));
  }

  static Petition forwarded(InMemoryPakn app, String title, java.time.LocalDate deadline) {
    Actor member = DistrictFixtures.member(DistrictFixtures.INFRASTRUCTURE);
    Petition v = verified(app, title);
    return ok(app.services.workflow().forward(member, new ForwardPetitionCommand(v.id(), DistrictFixtures.COMMUNE,
        "Đề nghị khắc phục", Optional.ofNullable(deadline), ANY)));
  }
}
