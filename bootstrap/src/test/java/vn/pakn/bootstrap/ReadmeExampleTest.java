package vn.pakn.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pakn.adapters.profile.DistrictProfileReader;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.access.ActorRole;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.petition.Channel;
import vn.pakn.domain.petition.ContactMethod;
import vn.pakn.domain.petition.EvidenceItem;
import vn.pakn.domain.petition.EvidenceKind;
import vn.pakn.domain.petition.Intake;
import vn.pakn.domain.petition.Moment;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.petition.StepResult;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.routing.Router;
import vn.pakn.domain.routing.RoutingDecision;
import vn.pakn.domain.verification.EvidenceArchiveName;
import vn.pakn.domain.verification.RecordingConsent;
import vn.pakn.domain.verification.Sender;

/** The README's embedding example, as written there, runs and does what it says. */
class ReadmeExampleTest {

  @Test
  void givenTheReadmeExample_whenRun_thenThePetitionIsRoutedAndVerified() {
    DistrictProfile profile = DistrictProfileReader.hoaAn();
    Router router = Router.of(profile.roster());
    Intake intake = new Intake("Mat dien o xom Na Vai", "Xom Na Vai xa Hong Viet mat dien 3 ngay nay",
        Optional.of("Nước"), Sender.of("Nông Văn Hậu", "0964 382 715", null, "xã Hồng Việt"), Channel.WEB);
    RoutingDecision routing = router.route(intake.text());
    Person member = profile.roster().person(routing.assignee());
    Moment now = new Moment(Instant.now(), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
    Petition petition = Petition.receive(PetitionId.of("p-1"), intake, routing, member, List.of(), now);

    Actor actor = Actor.triage("acc-1", member.fullName(), ActorRole.MEMBER, member.id(), false);
    StepResult result = petition.recordContactAttempt(actor, ContactMethod.CALL, true, "Đã gọi", now)
        .then(p -> p.attachEvidence(actor, new EvidenceItem("ev-1", "cuoc-goi.mp3", "audio/mpeg", 2048,
            EvidenceKind.RECORDING, member.id(), now.at(),
            Optional.of(new RecordingConsent(true, true, member.id(), now.at()))), now))
        .then(p -> p.verify(actor, now));
    String zipName = EvidenceArchiveName.of(now.day(), member.fullName());

    assertThat(profile.roster().sector(routing.sector().orElseThrow()).name()).isEqualTo("Điện");
    assertThat(member.fullName()).isEqualTo("Lâm Ngọc Biên");
    assertThat(result).isInstanceOfSatisfying(StepResult.Accepted.class,
        a -> assertThat(a.petition().status()).isEqualTo(Status.VERIFIED));
    assertThat(zipName).endsWith("_tulieuxacminh.lamngocbien.zip");
  }
}
