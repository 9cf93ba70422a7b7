package vn.pakn.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.domain.fixtures.DistrictFixtures.COMMUNE;
import static vn.pakn.domain.fixtures.DistrictFixtures.INFRASTRUCTURE;
import static vn.pakn.domain.fixtures.DistrictFixtures.INSPECTOR;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import vn.pakn.application.fake.InMemoryPakn;
import vn.pakn.application.port.in.AnswerAsReceptionUseCase.AnswerAsReceptionCommand;
import vn.pakn.application.port.in.AttachEvidenceUseCase.AttachEvidenceCommand;
import vn.pakn.application.port.in.ClosePetitionUseCase.ClosePetitionCommand;
import vn.pakn.application.port.in.DraftForwardingDocumentUseCase.DraftForwardingDocumentCommand;
import vn.pakn.application.port.in.ForwardPetitionUseCase.ForwardPetitionCommand;
import vn.pakn.application.port.in.GiveOpinionUseCase.GiveOpinionCommand;
import vn.pakn.application.port.in.GuideComplaintUseCase.GuideComplaintCommand;
import vn.pakn.application.port.in.MarkUnreachableUseCase.MarkUnreachableCommand;
import vn.pakn.application.port.in.Outcome;
import vn.pakn.application.port.in.Problem;
import vn.pakn.application.port.in.ReceivePetitionUseCase.ReceivePetitionCommand;
import vn.pakn.application.port.in.RecordContactAttemptUseCase.RecordContactAttemptCommand;
import vn.pakn.application.port.in.RecordUnitAnswerUseCase.RecordUnitAnswerCommand;
import vn.pakn.application.port.in.ReplyToCitizenUseCase.ReplyToCitizenCommand;
import vn.pakn.application.port.in.RequestOpinionUseCase.RequestOpinionCommand;
import vn.pakn.application.port.in.SignForwardingDocumentUseCase.SignForwardingDocumentCommand;
import vn.pakn.application.port.in.VerifyPetitionUseCase.VerifyPetitionCommand;
import vn.pakn.application.port.out.Notification;
import vn.pakn.application.port.out.Recipient;
import vn.pakn.application.query.PetitionFilter;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.fixtures.PetitionFixtures;
import vn.pakn.domain.petition.Channel;
import vn.pakn.domain.petition.ContactMethod;
import vn.pakn.domain.petition.EventType;
import vn.pakn.domain.petition.EvidenceKind;
import vn.pakn.domain.petition.Intake;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionEvent;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.roster.SectorKind;
import vn.pakn.domain.verification.Sender;
import vn.pakn.domain.verification.VerificationNotes;

/** The seed's three cases and the escalation, walked end to end through the use cases on in-memory ports. */
class SeedScenariosTest {

  private final InMemoryPakn app = new InMemoryPakn(DistrictFixtures.profile(), PetitionFixtures.T0);
  private final PaknServices s = app.services;
  private final Actor member = DistrictFixtures.member(INFRASTRUCTURE);

  private Petition receive(String title, String content, Sender sender) {
    return s.intake().receive(new ReceivePetitionCommand(
        new Intake(title, content, Optional.empty(), sender, Channel.WEB))).orElseThrow();
  }

  private static <T> T ok(Outcome<T> outcome) {
    assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
    return outcome.orElseThrow();
  }

  private static final OptionalLong ANY = OptionalLong.empty();

  @Test
  void givenFullContact_whenWalkingCase1_thenVerifiedForwardedAnsweredAndClosed() throws IOException {
    Petition p = receive("Mất điện kéo dài ở xóm Nà Vài",
        "Xóm Nà Vài, xã Hồng Việt mất điện ba ngày nay, cột điện bị đổ.", PetitionFixtures.fullSender());
    assertThat(p.assignee()).isEqualTo(INFRASTRUCTURE);
    assertThat(p.status()).isEqualTo(Status.ASSIGNED);
    PetitionId id = p.id();

    ok(s.workflow().recordContactAttempt(member,
        new RecordContactAttemptCommand(id, ContactMethod.CALL, true, "Đã gọi, công dân xác nhận", ANY)));
    ok(s.evidence().attach(member, new AttachEvidenceCommand(id, "cuoc-goi.mp3", "audio/mpeg", EvidenceKind.RECORDING,
        true, true, new ByteArrayInputStream("ID3 audio".getBytes(StandardCharsets.UTF_8)))));
    Petition verified = ok(s.workflow().verify(member, new VerifyPetitionCommand(id, ANY)));
    assertThat(verified.verificationNote()).contains(VerificationNotes.VERIFIED);

    // Step 4: filter [Đã xác minh], then forward with instructions and a deadline.
    List<PetitionId> verifiedIds = new ArrayList<>();
    ok(s.queries().list(member, PetitionFilter.all(app.clock.instant().atZone(PetitionFixtures.ZONE).toLocalDate())
        .withStatus(Status.VERIFIED))).page().items().forEach(x -> verifiedIds.add(x.id()));
    assertThat(verifiedIds).containsExactly(id);

    Petition forwarded = ok(s.workflow().forward(member, new ForwardPetitionCommand(id, COMMUNE,
        "Đề nghị UBND xã kiểm tra, phối hợp Điện lực khắc phục và trả lời công dân", Optional.empty(), ANY)));
    // Default: 10 working days from Thursday 9/1/2020, skipping the weekends and Tết 2020 (from 24/1).
    assertThat(forwarded.deadline()).contains(LocalDate.of(2020, 1, 23));
    assertThat(app.notifications.forRecipients(
        List.of(Recipient.unit(COMMUNE), Recipient.unitRepresentative(COMMUNE)), false, 10))
        .extracting(Notification::kind).containsOnly(Notification.Kind.FORWARDED).hasSize(2);

    Actor commune = DistrictFixtures.unitAccount(COMMUNE);
    ok(s.workflow().answer(commune, new RecordUnitAnswerCommand(id, "Đã thay cột điện, có điện trở lại", ANY)));
    ok(s.workflow().reply(member, new ReplyToCitizenCommand(id, "UBND xã đã khắc phục, đề nghị công dân phản hồi", ANY)));
    Petition closed = ok(s.workflow().close(member, new ClosePetitionCommand(id, ANY)));

    assertThat(closed.status()).isEqualTo(Status.CLOSED);
    assertThat(closed.answeredOnTime()).contains(true);
    assertThat(closed.events()).extracting(PetitionEvent::type).containsExactly(EventType.RECEIVED,
        EventType.CONTACT_ATTEMPTED, EventType.EVIDENCE_ATTACHED, EventType.VERIFIED, EventType.FORWARDED,
        EventType.UNIT_ANSWERED, EventType.CITIZEN_REPLIED, EventType.CLOSED);

    var archive = ok(s.evidence().export(member, id));
    assertThat(archive.fileName()).isEqualTo("09.01.2020_tulieuxacminh.lamngocbien.zip");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    archive.writeTo(zip);
    List<String> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.add(e.getName());
      }
    }
    assertThat(entries).containsExactly("01_cuoc-goi.mp3", "00_danh-sach-tu-lieu.txt");
  }

  @Test
  void givenUnreachableSender_whenWalkingCase2_thenReceptionTeamAnswersFromItsHandlingAccount() {
    Petition p = receive("Cột điện nghiêng", "Cột điện đầu xóm nghiêng sắp đổ", Sender.of("Hoa", "0912 34S 678", null, null));
    ok(s.workflow().markUnreachable(member, new MarkUnreachableCommand(p.id(), ANY)));
    Petition passed = s.queries().get(DistrictFixtures.reception(), p.id()).orElseThrow();
    assertThat(passed.verificationNote()).contains(VerificationNotes.UNREACHABLE);
    assertThat(app.notifications.forRecipients(List.of(Recipient.reception()), false, 5)).hasSize(1);

    Outcome<Petition> byMember = s.workflow().answer(member, new AnswerAsReceptionCommand(p.id(), "Trả lời", ANY));
    assertThat(byMember.problem().kind()).isEqualTo(Problem.Kind.FORBIDDEN);

    Petition answered = ok(s.workflow().answer(DistrictFixtures.reception(),
        new AnswerAsReceptionCommand(p.id(), "Tổ tiếp nhận đã chuyển thông tin cho địa phương kiểm tra", ANY)));
    assertThat(answered.status()).isEqualTo(Status.REPLIED);
    assertThat(answered.receptionAnswer().orElseThrow().byAccount()).isEqualTo("acc-reception");
  }

  @Test
  void givenComplaint_whenWalkingCase3_thenGuidedCitingTheLawsNotForwarded() {
    Petition p = receive("Tố cáo cán bộ xã nhận hối lộ",
        "Tôi tố cáo cán bộ địa chính xã nhận hối lộ khi làm sổ đỏ", PetitionFixtures.fullSender());
    assertThat(p.assignee()).isEqualTo(INSPECTOR);
    assertThat(p.kind().isComplaintLike()).isTrue();
    Actor inspector = DistrictFixtures.member(INSPECTOR);

    Petition guided = ok(s.workflow().guide(inspector, new GuideComplaintCommand(p.id(), p.kind(), ANY)));

    assertThat(guided.status()).isEqualTo(Status.GUIDED);
    assertThat(guided.citizenReply().orElseThrow().text()).contains("Luật Khiếu nại năm 2011", "Luật Tố cáo năm 2018",
        "Luật Phòng, chống tham nhũng năm 2018");
    assertThat(ok(s.workflow().close(inspector, new ClosePetitionCommand(p.id(), ANY))).status()).isEqualTo(Status.CLOSED);
  }

  @Test
  void givenComplexPetition_whenEscalating_thenOpinionAndSignatureUnderDelegationAreRequired() {
    Petition p = receive("Mất điện cả xóm, 40 hộ ảnh hưởng",
        "Cả xóm 40 hộ mất điện một tuần, trạm biến áp hỏng", PetitionFixtures.fullSender());
    assertThat(p.complex()).isTrue();
    PetitionId id = p.id();
    ok(s.workflow().recordContactAttempt(member, new RecordContactAttemptCommand(id, ContactMethod.CALL, true, "", ANY)));
    ok(s.evidence().attach(member, new AttachEvidenceCommand(id, "email.eml", "message/rfc822", EvidenceKind.EMAIL_EXPORT,
        false, false, new ByteArrayInputStream(new byte[] {1, 2, 3}))));
    ok(s.workflow().verify(member, new VerifyPetitionCommand(id, ANY)));
    ForwardPetitionCommand forward = new ForwardPetitionCommand(id, COMMUNE, "Đề nghị khắc phục", Optional.empty(), ANY);

    assertThat(s.workflow().forward(member, forward).problem().message()).contains("xin ý kiến");
    ok(s.workflow().request(member, new RequestOpinionCommand(id, "Chuyển UBND xã hay Điện lực?", ANY)));
    assertThat(app.notifications.forRecipients(List.of(Recipient.person(DistrictFixtures.LEADER),
        Recipient.person(DistrictFixtures.DEPUTY)), false, 5)).hasSize(2);
    ok(s.workflow().give(DistrictFixtures.deputy(), new GiveOpinionCommand(id, "Chuyển UBND xã, phối hợp Điện lực", ANY)));
    assertThat(s.workflow().forward(member, forward).problem().message()).contains("ký ban hành");
    ok(s.workflow().draft(member, new DraftForwardingDocumentCommand(id, "chuyển phản ánh mất điện xóm Nà Vài",
        "Tổ công tác chuyển phản ánh …", List.of("UBND xã Hồng Việt", "Lưu TCTTNXLTT"), ANY)));

    // The deputy, not delegated, may not sign.
    Outcome<Petition> refused = s.workflow().sign(DistrictFixtures.deputy(), new SignForwardingDocumentCommand(id, ANY));
    assertThat(refused.problem().kind()).isEqualTo(Problem.Kind.FORBIDDEN);
    assertThat(refused.problem().message()).contains("ủy quyền");

    // Delegated today, the deputy's resolved actor signs.
    LocalDate today = app.services.district().today();
    ok(s.delegations().delegate(DistrictFixtures.leader(), DistrictFixtures.DEPUTY, today, today.plusDays(7)));
    var deputyAccount = ok(s.accounts().createInitial(new vn.pakn.application.port.in.ManageAccountsUseCase
        .CreateAccountCommand("tovubien", "Tô Vũ Biên", vn.pakn.domain.access.ActorRole.DEPUTY,
            Optional.of(DistrictFixtures.DEPUTY), Optional.empty(), Optional.empty())));
    Actor delegated = s.accounts().actorFor(deputyAccount.id()).orElseThrow();
    assertThat(delegated.leaderPowers()).isTrue();
    Petition signed = ok(s.workflow().sign(delegated, new SignForwardingDocumentCommand(id, ANY)));
    assertThat(signed.document().orElseThrow().signature().orElseThrow().underDelegation()).isTrue();

    assertThat(ok(s.workflow().forward(member, forward)).status()).isEqualTo(Status.FORWARDED);

    // A week and a day later the delegation has lapsed.
    app.clock.advance(Duration.ofDays(8));
    assertThat(s.accounts().actorFor(deputyAccount.id()).orElseThrow().leaderPowers()).isFalse();
  }

  @Test
  void givenUnplaceablePetition_whenReceived_thenItWaitsForTheLeaderToAssign() {
    Petition p = receive("Xin hỏi", "Cho tôi hỏi một việc", Sender.anonymous());
    assertThat(p.status()).isEqualTo(Status.RECEIVED);
    assertThat(p.assignee()).isEqualTo(DistrictFixtures.LEADER);
    assertThat(app.notifications.forRecipients(List.of(Recipient.person(DistrictFixtures.LEADER)), false, 5))
        .extracting(Notification::message).anyMatch(m -> m.contains("chưa xác định được lĩnh vực"));
  }
}
