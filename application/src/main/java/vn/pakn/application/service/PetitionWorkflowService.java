package vn.pakn.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.pakn.application.port.in.AnswerAsReceptionUseCase;
import vn.pakn.application.port.in.ClosePetitionUseCase;
import vn.pakn.application.port.in.DraftForwardingDocumentUseCase;
import vn.pakn.application.port.in.FlagComplexUseCase;
import vn.pakn.application.port.in.ForwardPetitionUseCase;
import vn.pakn.application.port.in.GiveOpinionUseCase;
import vn.pakn.application.port.in.GuideComplaintUseCase;
import vn.pakn.application.port.in.MarkUnreachableUseCase;
import vn.pakn.application.port.in.Outcome;
import vn.pakn.application.port.in.Problem;
import vn.pakn.application.port.in.ReassignPetitionUseCase;
import vn.pakn.application.port.in.RecordContactAttemptUseCase;
import vn.pakn.application.port.in.RecordUnitAnswerUseCase;
import vn.pakn.application.port.in.ReplyToCitizenUseCase;
import vn.pakn.application.port.in.RequestOpinionUseCase;
import vn.pakn.application.port.in.SignForwardingDocumentUseCase;
import vn.pakn.application.port.in.VerifyPetitionUseCase;
import vn.pakn.application.port.out.Notification.Kind;
import vn.pakn.application.port.out.Recipient;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.district.Unit;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.roster.Roster;
import vn.pakn.domain.roster.Sector;

/** The steps of R2–R4 and R3's escalation on one petition: each loads, asks the domain, saves, notifies. */
public final class PetitionWorkflowService implements
    ReassignPetitionUseCase, RecordContactAttemptUseCase, VerifyPetitionUseCase, MarkUnreachableUseCase,
    AnswerAsReceptionUseCase, GuideComplaintUseCase, FlagComplexUseCase, RequestOpinionUseCase, GiveOpinionUseCase,
    DraftForwardingDocumentUseCase, SignForwardingDocumentUseCase, ForwardPetitionUseCase, RecordUnitAnswerUseCase,
    ReplyToCitizenUseCase, ClosePetitionUseCase {

  private static final PetitionSteps.FollowUp NOTHING = (p, when) -> { };

  private final PetitionSteps steps;
  private final District district;
  private final Notifier notifier;

  PetitionWorkflowService(PetitionSteps steps, District district, Notifier notifier) {
    this.steps = steps;
    this.district = district;
    this.notifier = notifier;
  }

  @Override
  public Outcome<Petition> reassign(Actor actor, ReassignPetitionCommand c) {
    Roster roster = district.rules().roster();
    Optional<Person> to = roster.findPerson(c.to());
    if (to.isEmpty()) {
      return Outcome.failure(Problem.invalid("to: không có người '" + c.to() + "' trong Tổ công tác"));
    }
    Optional<Sector> sector = c.sector().flatMap(roster::findSector);
    if (c.sector().isPresent() && sector.isEmpty()) {
      return Outcome.failure(Problem.invalid("sector: không có lĩnh vực '" + c.sector().get() + "'"));
    }
    return steps.run(actor, c.petition(), c.expectedVersion(),
        (p, when) -> p.reassign(actor, to.get(), sector, c.reason(), when),
        (p, when) -> notifier.tell(List.of(Recipient.person(p.assignee())), Kind.ASSIGNED, p,
            "Anh/chị được phân công phản ánh " + Notifier.quoted(p), when));
  }

  @Override
  public Outcome<Petition> recordContactAttempt(Actor actor, RecordContactAttemptCommand c) {
    return steps.run(actor, c.petition(), c.expectedVersion(),
        (p, when) -> p.recordContactAttempt(actor, c.method(), c.reached(), c.note(), when), NOTHING);
  }

  @Override
  public Outcome<Petition> verify(Actor actor, VerifyPetitionCommand c) {
    return steps.run(actor, c.petition(), c.expectedVersion(), (p, when) -> p.verify(actor, when), NOTHING);
  }

  @Override
  public Outcome<Petition> markUnreachable(Actor actor, MarkUnreachableCommand c) {
    return steps.run(actor, c.petition(), c.expectedVersion(), (p, when) -> p.markUnreachable(actor, when),
        (p, when) -> notifier.tell(List.of(Recipient.reception()), Kind.PASSED_TO_RECEPTION, p,
            "Không liên hệ được người gửi phản ánh " + Notifier.quoted(p) + ": đề nghị Tổ tiếp nhận trả lời trực tiếp",
            when));
  }

  @Override
  public Outcome<Petition> answer(Actor actor, AnswerAsReceptionCommand c) {
    return steps.run(actor, c.petition(), c.expectedVersion(), (p, when) -> p.answerAsReception(actor, c.text(), when),
        NOTHING);
  }

  @Override
  public Outcome<Petition> guide(Actor actor, GuideComplaintCommand c) {
    return steps.run(actor, c.petition(), c.expectedVersion(), (p, when) -> p.guideComplaint(actor, c.kind(), district.rules().roster().sectorOfKind(c.kind()), when),
        NOTHING);
  }

  @Override
  public Outcome<Petition> flag(Actor actor, FlagComplexCommand c) {
    return steps.run(actor, c.petition(), c.expectedVersion(), (p, when) -> p.flagComplex(actor, c.reason(), when),
        NOTHING);
  }

  @Override
  public Outcome<Petition> request(Actor actor, RequestOpinionCommand c) {
    return steps.run(actor, c.petition(), c.expectedVersion(), (p, when) -> p.requestOpinion(actor, c.question(), when),
        (p, when) -> {
          Roster roster = district.rules().roster();
          List<Recipient> leaders = Stream.concat(Stream.of(roster.leader()), roster.deputies().stream())
              .map(x -> Recipient.person(x.id())).collect(Collectors.toList());
          notifier.tell(leaders, Kind.OPINION_REQUESTED, p, actor.displayName() + " xin ý kiến về phản ánh "
              + Notifier.quoted(p), when);
        });
  }

  @Override
  public Outcome<Petition> give(Actor actor, GiveOpinionCommand c) {
    return steps.run(actor, c.petition(), c.expectedVersion(), (p, when) -> p.giveOpinion(actor, c.text(), when),
        (p, when) -> notifier.tell(List.of(Recipient.person(p.assignee())), Kind.OPINION_GIVEN, p,
            actor.displayName() + " đã cho ý kiến về phản ánh " + Notifier.quoted(p), when));
  }

  @Override
  public Outcome<Petition> draft(Actor actor, DraftForwardingDocumentCommand c) {
    return steps.run(actor, c.petition(), c.expectedVersion(),
        (p, when) -> p.draftDocument(actor, c.subject(), c.body(), c.recipients(), when), NOTHING);
  }

  @Override
  public Outcome<Petition> sign(Actor actor, SignForwardingDocumentCommand c) {
    String title = actor.person().flatMap(district.rules().roster()::findPerson).map(Person::position).orElse("");
    return steps.run(actor, c.petition(), c.expectedVersion(), (p, when) -> p.signDocument(actor, title, when),
        (p, when) -> notifier.tell(List.of(Recipient.person(p.assignee())), Kind.DOCUMENT_SIGNED, p,
            "Văn bản chuyển phản ánh " + Notifier.quoted(p) + " đã được ký ban hành", when));
  }

  @Override
  public Outcome<Petition> forward(Actor actor, ForwardPetitionCommand c) {
    District.Rules rules = district.rules();
    Optional<Unit> unit = rules.profile().findUnit(c.unit());
    if (unit.isEmpty()) {
      return Outcome.failure(Problem.invalid("unit: không có đơn vị '" + c.unit() + "'"));
    }
    LocalDate today = district.today();
    LocalDate deadline = c.deadline().orElseGet(() -> rules.deadlines().defaultDeadline(today));
    Optional<String> deadlineProblem = rules.deadlines().checkDeadline(today, deadline);
    if (deadlineProblem.isPresent()) {
      return Outcome.failure(Problem.invalid("deadline: " + deadlineProblem.get()));
    }
    return steps.run(actor, c.petition(), c.expectedVersion(),
        (p, when) -> p.forward(actor, unit.get(), c.instructions(), deadline, when),
        (p, when) -> notifier.tell(List.of(Recipient.unit(c.unit()), Recipient.unitRepresentative(c.unit())),
            Kind.FORWARDED, p, "Phản ánh " + Notifier.quoted(p) + " được chuyển đến " + unit.get().name()
                + " để xử lý; hạn trả lời công dân: " + Notifier.DAY.format(deadline), when));
  }

  @Override
  public Outcome<Petition> answer(Actor actor, RecordUnitAnswerCommand c) {
    return steps.run(actor, c.petition(), c.expectedVersion(), (p, when) -> p.recordUnitAnswer(actor, c.text(), when),
        (p, when) -> notifier.tell(List.of(Recipient.person(p.assignee())), Kind.UNIT_ANSWERED, p,
            actor.displayName() + " đã trả lời phản ánh " + Notifier.quoted(p), when));
  }

  @Override
  public Outcome<Petition> reply(Actor actor, ReplyToCitizenCommand c) {
    return steps.run(actor, c.petition(), c.expectedVersion(), (p, when) -> p.replyToCitizen(actor, c.text(), when),
        NOTHING);
  }

  @Override
  public Outcome<Petition> close(Actor actor, ClosePetitionCommand c) {
    return steps.run(actor, c.petition(), c.expectedVersion(), (p, when) -> p.close(actor, when), NOTHING);
  }
}
