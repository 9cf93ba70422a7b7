package vn.pakn.domain.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.domain.fixtures.DistrictFixtures.COMMUNE;
import static vn.pakn.domain.fixtures.DistrictFixtures.INFRASTRUCTURE;
import static vn.pakn.domain.fixtures.DistrictFixtures.reception;
import static vn.pakn.domain.fixtures.DistrictFixtures.unitAccount;
import static vn.pakn.domain.fixtures.PetitionFixtures.T0;
import static vn.pakn.domain.fixtures.PetitionFixtures.accepted;
import static vn.pakn.domain.fixtures.PetitionFixtures.assigned;
import static vn.pakn.domain.fixtures.PetitionFixtures.day;
import static vn.pakn.domain.fixtures.PetitionFixtures.recording;
import static vn.pakn.domain.fixtures.PetitionFixtures.verified;
import static vn.pakn.domain.petition.Steps.INFRA_MEMBER;
import static vn.pakn.domain.petition.Steps.INSPECTOR_MEMBER;
import static vn.pakn.domain.petition.Steps.complaintAssigned;
import static vn.pakn.domain.petition.Steps.refusal;
import static vn.pakn.domain.petition.Steps.verifiedBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.district.Unit;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.roster.SectorKind;
import vn.pakn.domain.verification.ComplaintGuidance;
import vn.pakn.domain.verification.ContactCompleteness;
import vn.pakn.domain.verification.Sender;
import vn.pakn.domain.verification.VerificationNotes;

/** R2 cases 1, 2 and 3, and R4, through the petition's own verbs. */
class PetitionCasesTest {

  private static final Unit COMMUNE_UNIT = DistrictFixtures.profile().unit(COMMUNE);
  private static final LocalDate DEADLINE = LocalDate.of(2020, 1, 23);
  private static final Sender PARTIAL_SENDER = Sender.of("Hậu", null, null, "xóm Nà Vài, xã Hồng Việt");

  // ---- case 1 ----

  @Test
  void givenAFullSender_whenTheMemberReachesThemAndRecordsWithConsent_thenVerifyingSetsTheCase1NoteAndVerified() {
    Petition petition = accepted(assigned("p1")
        .recordContactAttempt(INFRA_MEMBER, ContactMethod.CALL, true, "Đã gọi", day(0))
        .then(p -> p.attachEvidence(INFRA_MEMBER, recording("ev1", T0), day(0))));

    Petition verified = accepted(petition.verify(INFRA_MEMBER, day(0)));

    assertThat(verified.status()).isEqualTo(Status.VERIFIED);
    assertThat(verified.verificationNote()).contains(VerificationNotes.VERIFIED);
  }

  @Test
  void givenAVerifiedPetition_whenForwardingWithInstructionsAndDeadline_thenForwardedToTheUnitWithBoth() {
    Petition forwarded = accepted(verified("p1")
        .forward(INFRA_MEMBER, COMMUNE_UNIT, "  Đề nghị kiểm tra, khắc phục  ", DEADLINE, day(1)));

    assertThat(forwarded.status()).isEqualTo(Status.FORWARDED);
    assertThat(forwarded.forwarding()).hasValueSatisfying(f -> {
      assertThat(f.unit()).isEqualTo(COMMUNE);
      assertThat(f.instructions()).isEqualTo("Đề nghị kiểm tra, khắc phục");
      assertThat(f.deadline()).isEqualTo(DEADLINE);
      assertThat(f.forwardedOn()).isEqualTo(day(1).day());
    });
    assertThat(forwarded.deadline()).contains(DEADLINE);
  }

  @Test
  void givenAForwardedPetition_whenTheUnitAnswersAndTheMemberRepliesAndCloses_thenClosedWithEachAnswerKept() {
    Petition forwarded = accepted(verified("p1").forward(INFRA_MEMBER, COMMUNE_UNIT, "Đề nghị khắc phục", DEADLINE,
        day(1)));

    Petition answered = accepted(forwarded.recordUnitAnswer(unitAccount(COMMUNE), "Đã có điện lại", day(5)));
    Petition replied = accepted(answered.replyToCitizen(INFRA_MEMBER, "Điện lực đã khắc phục", day(6)));
    Petition closed = accepted(replied.close(INFRA_MEMBER, day(6)));

    assertThat(answered.status()).isEqualTo(Status.UNIT_ANSWERED);
    assertThat(answered.unitAnswer()).hasValueSatisfying(a -> assertThat(a.text()).isEqualTo("Đã có điện lại"));
    assertThat(replied.status()).isEqualTo(Status.REPLIED);
    assertThat(replied.citizenReply()).hasValueSatisfying(a -> assertThat(a.text()).isEqualTo("Điện lực đã khắc phục"));
    assertThat(closed.status()).isEqualTo(Status.CLOSED);
    assertThat(closed.closedAt()).contains(day(6).at());
  }

  @Test
  void givenNoReachedContact_whenVerifying_thenRefusedBecauseNoContactReached() {
    Petition notReached = accepted(assigned("p1")
        .recordContactAttempt(INFRA_MEMBER, ContactMethod.CALL, false, "Không nghe máy", day(0))
        .then(p -> p.attachEvidence(INFRA_MEMBER, recording("ev1", T0), day(0))));

    Refusal refusal = refusal(notReached.verify(INFRA_MEMBER, day(0)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.PRECONDITION);
    assertThat(refusal.message()).contains("Chưa liên hệ được");
  }

  @Test
  void givenAReachedSenderButNoRecordingOrEmail_whenVerifying_thenRefusedForLackOfEvidence() {
    Petition reached = accepted(assigned("p1")
        .recordContactAttempt(INFRA_MEMBER, ContactMethod.CALL, true, "Đã gọi", day(0)));

    Refusal refusal = refusal(reached.verify(INFRA_MEMBER, day(0)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.PRECONDITION);
    assertThat(refusal.message()).contains("Chưa có tư liệu xác minh");
  }

  @Test
  void givenARecordingWithoutConsent_whenAttaching_thenRefused() {
    EvidenceItem noConsent = new EvidenceItem("ev1", "cuoc-goi.mp3", "audio/mpeg", 1024, EvidenceKind.RECORDING,
        INFRASTRUCTURE, T0, Optional.empty());

    Refusal refusal = refusal(assigned("p1").attachEvidence(INFRA_MEMBER, noConsent, day(0)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.PRECONDITION);
    assertThat(refusal.message()).contains("xin ý kiến và thông báo cho công dân về việc ghi âm");
  }

  @Test
  void givenAnEmailExchangeInsteadOfARecording_whenVerifying_thenAccepted() {
    EvidenceItem email = new EvidenceItem("ev1", "trao-doi.docx", "application/msword", 2048,
        EvidenceKind.EMAIL_EXPORT, INFRASTRUCTURE, T0, Optional.empty());

    Petition verified = accepted(assigned("p1")
        .recordContactAttempt(INFRA_MEMBER, ContactMethod.EMAIL, true, "Đã trao đổi qua email", day(0))
        .then(p -> p.attachEvidence(INFRA_MEMBER, email, day(0)))
        .then(p -> p.verify(INFRA_MEMBER, day(0))));

    assertThat(verified.status()).isEqualTo(Status.VERIFIED);
  }

  @Test
  void givenTheSameEvidenceTwice_whenAttaching_thenTheSecondIsRefused() {
    Petition once = accepted(assigned("p1").attachEvidence(INFRA_MEMBER, recording("ev1", T0), day(0)));

    assertThat(refusal(once.attachEvidence(INFRA_MEMBER, recording("ev1", T0), day(0))).code())
        .isEqualTo(Refusal.Code.INVALID);
  }

  @Test
  void givenNoInstructionsOrADeadlineNotAfterToday_whenForwarding_thenRefusedAsInvalid() {
    Petition verified = verified("p1");

    assertThat(refusal(verified.forward(INFRA_MEMBER, COMMUNE_UNIT, "  ", DEADLINE, day(1))).code())
        .isEqualTo(Refusal.Code.INVALID);
    assertThat(refusal(verified.forward(INFRA_MEMBER, COMMUNE_UNIT, "Khắc phục", day(1).day(), day(1))).code())
        .isEqualTo(Refusal.Code.INVALID);
  }

  // ---- case 2 ----

  @Test
  void givenIncompleteContact_whenMarkingUnreachableDirectly_thenCase2NoteAndPassedToReception() {
    Petition incomplete = assignedWith(PARTIAL_SENDER);

    Petition unreachable = accepted(incomplete.markUnreachable(INFRA_MEMBER, day(0)));

    assertThat(incomplete.contactCompleteness()).isEqualTo(ContactCompleteness.PARTIAL);
    assertThat(unreachable.status()).isEqualTo(Status.UNREACHABLE);
    assertThat(unreachable.verificationNote()).contains(VerificationNotes.UNREACHABLE);
    assertThat(unreachable.passedToReception()).isTrue();
  }

  @Test
  void givenIncompleteContact_whenRecordingAContactAttempt_thenRefusedBecauseThereIsNoOneToCall() {
    Refusal refusal = refusal(assignedWith(PARTIAL_SENDER)
        .recordContactAttempt(INFRA_MEMBER, ContactMethod.CALL, false, "", day(0)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.PRECONDITION);
    assertThat(refusal.message()).contains("chuyển Tổ tiếp nhận");
  }

  @Test
  void givenFullContactAndNoAttempt_whenMarkingUnreachable_thenRefusedUntilTheMemberTries() {
    Refusal refusal = refusal(assigned("p1").markUnreachable(INFRA_MEMBER, day(0)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.PRECONDITION);
    assertThat(refusal.message()).contains("phải gọi điện hoặc email trước");
  }

  @Test
  void givenFullContactAndAFailedAttempt_whenMarkingUnreachable_thenAccepted() {
    Petition tried = accepted(assigned("p1")
        .recordContactAttempt(INFRA_MEMBER, ContactMethod.CALL, false, "Thuê bao không liên lạc được", day(0)));

    Petition unreachable = accepted(tried.markUnreachable(INFRA_MEMBER, day(1)));

    assertThat(unreachable.verificationNote()).contains(VerificationNotes.UNREACHABLE);
  }

  @Test
  void givenTheSenderWasReached_whenMarkingUnreachable_thenRefused() {
    Petition reached = accepted(assigned("p1")
        .recordContactAttempt(INFRA_MEMBER, ContactMethod.CALL, false, "Không nghe máy", day(0))
        .then(p -> p.recordContactAttempt(INFRA_MEMBER, ContactMethod.CALL, true, "Đã gọi", day(1))));

    Refusal refusal = refusal(reached.markUnreachable(INFRA_MEMBER, day(1)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.PRECONDITION);
    assertThat(refusal.message()).contains("Đã liên hệ được");
  }

  @Test
  void givenAnUnreachableSender_whenTheReceptionTeamAnswers_thenRepliedFromTheHandlingAccountAndClosable() {
    Petition unreachable = accepted(assignedWith(PARTIAL_SENDER).markUnreachable(INFRA_MEMBER, day(0)));

    Petition answered = accepted(unreachable.answerAsReception(reception(), "Tổ tiếp nhận trả lời", day(2)));
    Petition closed = accepted(answered.close(INFRA_MEMBER, day(3)));

    assertThat(answered.status()).isEqualTo(Status.REPLIED);
    assertThat(answered.receptionAnswer()).hasValueSatisfying(a -> assertThat(a.byAccount())
        .isEqualTo(reception().accountId()));
    assertThat(answered.citizenReply()).isEqualTo(answered.receptionAnswer());
    assertThat(closed.status()).isEqualTo(Status.CLOSED);
  }

  @Test
  void givenAnUnreachableSender_whenTheMemberOrAUnitTriesToAnswerAsReception_thenForbidden() {
    Petition unreachable = accepted(assignedWith(PARTIAL_SENDER).markUnreachable(INFRA_MEMBER, day(0)));

    assertThat(refusal(unreachable.answerAsReception(INFRA_MEMBER, "Trả lời", day(2))).code())
        .isEqualTo(Refusal.Code.FORBIDDEN);
    assertThat(refusal(unreachable.answerAsReception(DistrictFixtures.leader(), "Trả lời", day(2))).code())
        .isEqualTo(Refusal.Code.FORBIDDEN);
    assertThat(refusal(unreachable.answerAsReception(unitAccount(COMMUNE), "Trả lời", day(2))).code())
        .isEqualTo(Refusal.Code.FORBIDDEN);
  }

  @Test
  void givenAPetitionNotPassedToReception_whenTheReceptionTeamAnswers_thenForbidden() {
    assertThat(refusal(assigned("p1").answerAsReception(reception(), "Trả lời", day(2))).code())
        .isEqualTo(Refusal.Code.FORBIDDEN);
  }

  // ---- case 3 ----

  @Test
  void givenAComplaint_whenTheMemberGuidesTheCitizen_thenTheReplyCitesTheLawsAndTheStatusIsGuided() {
    Petition guided = accepted(complaintAssigned("k1").guideComplaint(INSPECTOR_MEMBER, SectorKind.COMPLAINT, java.util.Optional.empty(), day(1)));

    assertThat(guided.status()).isEqualTo(Status.GUIDED);
    assertThat(guided.guidance()).hasValueSatisfying(a -> assertThat(a.text())
        .contains("Luật Khiếu nại năm 2011", "Luật Tố cáo năm 2018", "Luật Phòng, chống tham nhũng năm 2018"));
    assertThat(guided.citizenReply()).isEqualTo(guided.guidance());
    assertThat(guided.forwarding()).isEmpty();
  }

  @Test
  void givenAGuidedComplaint_whenClosing_thenClosed() {
    Petition guided = accepted(complaintAssigned("k1").guideComplaint(INSPECTOR_MEMBER, SectorKind.COMPLAINT, java.util.Optional.empty(), day(1)));

    assertThat(accepted(guided.close(INSPECTOR_MEMBER, day(1))).status()).isEqualTo(Status.CLOSED);
  }

  @Test
  void givenAVerifiedComplaint_whenForwarding_thenRefusedBecauseComplaintsAreGuidedNotForwarded() {
    Petition verifiedComplaint = verifiedBy(INSPECTOR_MEMBER, complaintAssigned("k1"));

    Refusal refusal = refusal(verifiedComplaint.forward(INSPECTOR_MEMBER, COMMUNE_UNIT, "Xử lý", DEADLINE, day(1)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.PRECONDITION);
    assertThat(refusal.message()).contains("không chuyển xử lý");
  }

  @Test
  void givenAnOrdinaryKind_whenGuiding_thenRefusedAsInvalid() {
    Refusal refusal = refusal(assigned("p1").guideComplaint(INFRA_MEMBER, SectorKind.ORDINARY, java.util.Optional.empty(), day(1)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.INVALID);
  }

  @Test
  void givenAnOrdinaryPetitionThatTurnsOutToReportCorruption_whenGuiding_thenItsKindBecomesCorruption() {
    Petition guided = accepted(assigned("p1").guideComplaint(INFRA_MEMBER, SectorKind.CORRUPTION, java.util.Optional.empty(), day(1)));

    assertThat(guided.kind()).isEqualTo(SectorKind.CORRUPTION);
    assertThat(guided.guidance()).hasValueSatisfying(a -> assertThat(a.text())
        .isEqualTo(ComplaintGuidance.replyFor(SectorKind.CORRUPTION)));
  }

  @Test
  void givenAComplaintAssignedToAMemberWhoDoesNotOwnComplaints_whenGuiding_thenRefusedUntilReassigned() {
    var complaints = vn.pakn.domain.fixtures.DistrictFixtures.roster().sectorOfKind(SectorKind.COMPLAINT);

    Refusal refusal = refusal(assigned("p1").guideComplaint(INFRA_MEMBER, SectorKind.COMPLAINT, complaints, day(1)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.PRECONDITION);
    assertThat(refusal.message()).contains("phân công lại");
  }

  @Test
  void givenAComplaintAssignedToItsOwner_whenGuiding_thenItsSectorIsTheComplaintSector() {
    var complaints = vn.pakn.domain.fixtures.DistrictFixtures.roster().sectorOfKind(SectorKind.COMPLAINT);

    Petition guided = accepted(complaintAssigned("k2").guideComplaint(INSPECTOR_MEMBER, SectorKind.COMPLAINT, complaints,
        day(1)));

    assertThat(guided.sector()).contains(vn.pakn.domain.fixtures.DistrictFixtures.COMPLAINTS);
  }

  // ---- wrong stage ----

  @Test
  void givenNoContactYet_whenVerifying_thenRefusedAsWrongStage() {
    assertThat(refusal(assigned("p1").verify(INFRA_MEMBER, day(0))).code()).isEqualTo(Refusal.Code.WRONG_STAGE);
  }

  @Test
  void givenAPetitionNotYetVerified_whenForwarding_thenRefusedAsWrongStage() {
    Petition contacting = accepted(assigned("p1")
        .recordContactAttempt(INFRA_MEMBER, ContactMethod.CALL, true, "Đã gọi", day(0)));

    Refusal refusal = refusal(contacting.forward(INFRA_MEMBER, COMMUNE_UNIT, "Xử lý", DEADLINE, day(0)));

    assertThat(refusal.code()).isEqualTo(Refusal.Code.WRONG_STAGE);
    assertThat(refusal.message()).contains(Status.CONTACTING.label());
  }

  @Test
  void givenAPetitionNotYetReplied_whenClosing_thenRefusedAsWrongStage() {
    Petition forwarded = accepted(verified("p1").forward(INFRA_MEMBER, COMMUNE_UNIT, "Xử lý", DEADLINE, day(0)));

    assertThat(refusal(forwarded.close(INFRA_MEMBER, day(1))).code()).isEqualTo(Refusal.Code.WRONG_STAGE);
    assertThat(refusal(verified("p2").close(DistrictFixtures.leader(), day(1))).code())
        .isEqualTo(Refusal.Code.WRONG_STAGE);
  }

  @Test
  void givenAForwardedPetition_whenReplyingBeforeTheUnitAnswers_thenRefusedAsWrongStage() {
    Petition forwarded = accepted(verified("p1").forward(INFRA_MEMBER, COMMUNE_UNIT, "Xử lý", DEADLINE, day(0)));

    assertThat(refusal(forwarded.replyToCitizen(INFRA_MEMBER, "Trả lời", day(1))).code())
        .isEqualTo(Refusal.Code.WRONG_STAGE);
  }

  @Test
  void givenAClosedPetition_whenTheUnitTriesToAnswerAgain_thenRefused() {
    Petition closed = accepted(verified("p1")
        .forward(INFRA_MEMBER, COMMUNE_UNIT, "Xử lý", DEADLINE, day(0))
        .then(p -> p.recordUnitAnswer(unitAccount(COMMUNE), "Đã xử lý", day(2)))
        .then(p -> p.replyToCitizen(INFRA_MEMBER, "Đã xử lý", day(3)))
        .then(p -> p.close(INFRA_MEMBER, day(3))));

    assertThat(refusal(closed.recordUnitAnswer(unitAccount(COMMUNE), "Lần nữa", day(4))).code())
        .isEqualTo(Refusal.Code.WRONG_STAGE);
    assertThat(refusal(closed.close(INFRA_MEMBER, day(4))).code()).isEqualTo(Refusal.Code.WRONG_STAGE);
  }

  private static Petition assignedWith(Sender sender) {
    return assigned("p-" + sender.completeness().name().toLowerCase(), sender, T0);
  }
}
