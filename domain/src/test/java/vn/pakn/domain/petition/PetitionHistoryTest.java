package vn.pakn.domain.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.domain.fixtures.DistrictFixtures.COMMUNE;
import static vn.pakn.domain.fixtures.DistrictFixtures.leader;
import static vn.pakn.domain.fixtures.DistrictFixtures.reception;
import static vn.pakn.domain.fixtures.DistrictFixtures.unitAccount;
import static vn.pakn.domain.fixtures.PetitionFixtures.T0;
import static vn.pakn.domain.fixtures.PetitionFixtures.accepted;
import static vn.pakn.domain.fixtures.PetitionFixtures.assigned;
import static vn.pakn.domain.fixtures.PetitionFixtures.day;
import static vn.pakn.domain.fixtures.PetitionFixtures.forwarded;
import static vn.pakn.domain.fixtures.PetitionFixtures.recording;
import static vn.pakn.domain.petition.Steps.INFRA_MEMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.district.Unit;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.roster.SectorKind;
import vn.pakn.domain.verification.Sender;

/** Every accepted step leaves one event; the history never holds the sender's personal data; deadlines (R5). */
class PetitionHistoryTest {

  private static final String NAME = "Nông Văn Hậu";
  private static final String PHONE = "0964 382 715";
  private static final String EMAIL = "hau.nong@gmail.com";
  private static final Sender SENDER = Sender.of(NAME, PHONE, EMAIL, "xóm Nà Vài, xã Hồng Việt");
  private static final Unit COMMUNE_UNIT = DistrictFixtures.profile().unit(COMMUNE);
  private static final LocalDate DEADLINE = LocalDate.of(2020, 1, 23);

  private record Step(Actor actor, int day, BiFunction<Petition, Step, StepResult> action) {}

  @Test
  void givenTheWholeCase1Path_whenEachStepIsAccepted_thenExactlyOneEventWithTheNextSequenceActorAndSummary() {
    List<Step> steps = List.of(
        new Step(INFRA_MEMBER, 0, (p, s) -> p.recordContactAttempt(s.actor, ContactMethod.CALL, true, "Đã gọi",
            day(s.day))),
        new Step(INFRA_MEMBER, 0, (p, s) -> p.attachEvidence(s.actor, recording("ev1", T0), day(s.day))),
        new Step(INFRA_MEMBER, 0, (p, s) -> p.verify(s.actor, day(s.day))),
        new Step(INFRA_MEMBER, 1, (p, s) -> p.forward(s.actor, COMMUNE_UNIT, "Khắc phục", DEADLINE, day(s.day))),
        new Step(unitAccount(COMMUNE), 5, (p, s) -> p.recordUnitAnswer(s.actor, "Đã có điện", day(s.day))),
        new Step(INFRA_MEMBER, 6, (p, s) -> p.replyToCitizen(s.actor, "Đã có điện", day(s.day))),
        new Step(INFRA_MEMBER, 6, (p, s) -> p.close(s.actor, day(s.day))));
    Petition petition = assigned("p1", SENDER, T0);
    assertThat(petition.events()).singleElement().satisfies(e -> {
      assertThat(e.sequence()).isEqualTo(1);
      assertThat(e.type()).isEqualTo(EventType.RECEIVED);
    });

    for (Step step : steps) {
      StepResult result = step.action.apply(petition, step);
      Petition next = accepted(result);
      PetitionEvent event = ((StepResult.Accepted) result).event();

      assertThat(next.events()).hasSize(petition.events().size() + 1);
      assertThat(next.events()).startsWith(petition.events().toArray(PetitionEvent[]::new));
      assertThat(next.events().get(next.events().size() - 1)).isEqualTo(event);
      assertThat(event.sequence()).isEqualTo(petition.events().size() + 1);
      assertThat(event.actorAccount()).isEqualTo(step.actor.accountId());
      assertThat(event.actorName()).isEqualTo(step.actor.displayName());
      assertThat(event.at()).isEqualTo(day(step.day).at());
      assertThat(event.summary()).isNotBlank();
      petition = next;
    }

    assertThat(petition.events()).extracting(PetitionEvent::type).containsExactly(EventType.RECEIVED,
        EventType.CONTACT_ATTEMPTED, EventType.EVIDENCE_ATTACHED, EventType.VERIFIED, EventType.FORWARDED,
        EventType.UNIT_ANSWERED, EventType.CITIZEN_REPLIED, EventType.CLOSED);
  }

  @Test
  void givenARefusedStep_whenLookingAtThePetition_thenItsHistoryIsUnchanged() {
    Petition petition = assigned("p1");

    StepResult result = petition.verify(INFRA_MEMBER, day(0));

    assertThat(result.accepted()).isFalse();
    assertThat(petition.events()).hasSize(1);
    assertThat(petition.status()).isEqualTo(Status.ASSIGNED);
  }

  @Test
  void givenCase1WithStaffWritingTheSendersDetails_whenReadingTheHistory_thenNoEventHoldsTheSendersNameOrContacts() {
    Petition closed = accepted(assigned("p1", SENDER, T0)
        .recordContactAttempt(INFRA_MEMBER, ContactMethod.CALL, true, "Đã gọi " + NAME + " số " + PHONE, day(0))
        .then(p -> p.attachEvidence(INFRA_MEMBER, recording("ev1", T0), day(0)))
        .then(p -> p.verify(INFRA_MEMBER, day(0)))
        .then(p -> p.forward(INFRA_MEMBER, COMMUNE_UNIT, "Liên hệ ông " + NAME + ", " + PHONE, DEADLINE, day(1)))
        .then(p -> p.recordUnitAnswer(unitAccount(COMMUNE), "Đã trả lời ông " + NAME, day(5)))
        .then(p -> p.replyToCitizen(INFRA_MEMBER, "Kính gửi ông " + NAME + " (" + EMAIL + ")", day(6)))
        .then(p -> p.close(INFRA_MEMBER, day(6))));

    assertNoPersonalData(closed);
  }

  @Test
  void givenEscalationWithStaffWritingTheSendersDetails_whenReadingTheHistory_thenNoEventHoldsThem() {
    Petition escalated = accepted(assigned("p1", SENDER, T0)
        .flagComplex(INFRA_MEMBER, "Ông " + NAME + " phản ánh thay cả xóm", day(0))
        .then(p -> p.requestOpinion(INFRA_MEMBER, "Ông " + NAME + " (" + PHONE + ") đề nghị chuyển Điện lực?", day(0)))
        .then(p -> p.giveOpinion(leader(), "Gọi lại cho ông " + NAME + " theo số " + PHONE, day(1)))
        .then(p -> p.draftDocument(INFRA_MEMBER, "Chuyển phản ánh của ông " + NAME, "Nội dung " + EMAIL,
            List.of("UBND xã Hồng Việt"), day(1)))
        .then(p -> p.signDocument(leader(), "Tổ trưởng", day(1))));

    assertNoPersonalData(escalated);
  }

  @Test
  void givenCases2And3WithAnswersNamingTheSender_whenReadingTheHistory_thenNoEventHoldsThem() {
    Petition case2 = accepted(assigned("p1", SENDER, T0)
        .recordContactAttempt(INFRA_MEMBER, ContactMethod.CALL, false, "Số " + PHONE + " không liên lạc được", day(0))
        .then(p -> p.markUnreachable(INFRA_MEMBER, day(0)))
        .then(p -> p.answerAsReception(reception(), "Kính gửi ông " + NAME, day(1)))
        .then(p -> p.close(INFRA_MEMBER, day(1))));
    Petition case3 = accepted(assigned("p2", SENDER, T0)
        .guideComplaint(INFRA_MEMBER, SectorKind.DENUNCIATION, java.util.Optional.empty(), day(0)));

    assertNoPersonalData(case2);
    assertNoPersonalData(case3);
  }

  // ---- deadlines ----

  @Test
  void givenAForwardedPetition_whenAskingIfOverdue_thenOnlyAfterTheDeadlineDay() {
    Petition petition = forwarded("p1", DEADLINE);

    assertThat(petition.overdueOn(DEADLINE.minusDays(1))).isFalse();
    assertThat(petition.overdueOn(DEADLINE)).isFalse();
    assertThat(petition.overdueOn(DEADLINE.plusDays(1))).isTrue();
  }

  @Test
  void givenAnAnsweredPetition_whenAskingIfOverdueLater_thenNot() {
    Petition answered = accepted(forwarded("p1", DEADLINE)
        .recordUnitAnswer(unitAccount(COMMUNE), "Đã xử lý", day(20)));

    assertThat(answered.overdueOn(DEADLINE.plusDays(30))).isFalse();
  }

  @Test
  void givenAPetitionNeverForwarded_whenAskingIfOverdue_thenNot() {
    assertThat(assigned("p1").overdueOn(DEADLINE.plusYears(1))).isFalse();
  }

  @Test
  void givenUnitAnswers_whenAskingIfOnTime_thenTrueUpToTheDeadlineDayAndFalseAfter() {
    Petition forwarded = forwarded("p1", DEADLINE);
    int deadlineDay = 14; // day(14) is 23/01/2020

    Petition onDeadline = accepted(forwarded.recordUnitAnswer(unitAccount(COMMUNE), "Đã xử lý", day(deadlineDay)));
    Petition dayAfter = accepted(forwarded.recordUnitAnswer(unitAccount(COMMUNE), "Đã xử lý", day(deadlineDay + 1)));

    assertThat(day(deadlineDay).day()).isEqualTo(DEADLINE);
    assertThat(forwarded.answeredOnTime()).isEmpty();
    assertThat(onDeadline.answeredOnTime()).contains(true);
    assertThat(dayAfter.answeredOnTime()).contains(false);
    assertThat(dayAfter.events().get(dayAfter.events().size() - 1).summary()).contains("quá hạn");
  }

  private static void assertNoPersonalData(Petition petition) {
    List<String> summaries = new ArrayList<>();
    petition.events().forEach(e -> summaries.add(e.summary()));
    assertThat(summaries).isNotEmpty().allSatisfy(s -> assertThat(s)
        .doesNotContain(NAME, PHONE, "0964382715", EMAIL, "Nông", "Hậu"));
  }

}
