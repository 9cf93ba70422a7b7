package vn.pakn.domain.petition;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.district.Unit;
import vn.pakn.domain.escalation.ForwardingDocument;
import vn.pakn.domain.escalation.Opinion;
import vn.pakn.domain.escalation.OpinionRequest;
import vn.pakn.domain.escalation.Signature;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.Sector;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.roster.SectorKind;
import vn.pakn.domain.routing.RoutingDecision;
import vn.pakn.domain.verification.ComplaintGuidance;
import vn.pakn.domain.verification.ContactCompleteness;
import vn.pakn.domain.verification.Sender;
import vn.pakn.domain.verification.VerificationNotes;

/**
 * A petition (phản ánh, kiến nghị) and its lifecycle:
 * received → assigned → contact attempts → verified | unreachable (→ reception team) | complaint guided
 * → forwarded to a unit → unit answered → citizen replied → closed; escalation (opinion, forwarding
 * document) at any open stage; reassignment by the leader. Every step is a verb that returns the
 * changed petition with its event, or a {@link Refusal} saying why not.
 */
@Value.Immutable
public abstract class Petition {

  private static final java.time.format.DateTimeFormatter VIETNAMESE_DAY =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public abstract PetitionId id();

  /** Optimistic-locking version, kept by the repository. */
  @Value.Default
  public long version() {
    return 0;
  }

  public abstract String title();

  public abstract String content();

  public abstract Optional<String> sectorHint();

  /** Personal data. */
  public abstract Sender sender();

  public abstract Channel channel();

  public abstract Instant receivedAt();

  public abstract LocalDate receivedOn();

  public abstract Optional<SectorCode> sector();

  public abstract SectorKind kind();

  public abstract double routingConfidence();

  public abstract String routingExplanation();

  public abstract PersonId assignee();

  public abstract Status status();

  /** Why the petition is complex (R3); empty when simple. */
  public abstract List<String> complexReasons();

  public abstract List<ContactAttempt> contactAttempts();

  public abstract List<EvidenceItem> evidence();

  public abstract Optional<String> verificationNote();

  public abstract List<OpinionRequest> opinionRequests();

  public abstract Optional<ForwardingDocument> document();

  public abstract Optional<Forwarding> forwarding();

  public abstract Optional<Answer> receptionAnswer();

  public abstract Optional<Answer> guidance();

  public abstract Optional<Answer> unitAnswer();

  public abstract Optional<Answer> citizenReply();

  public abstract Optional<Instant> closedAt();

  public abstract List<PetitionEvent> events();

  // ---- derived facts ----

  public ContactCompleteness contactCompleteness() {
    return sender().completeness();
  }

  /** Complex petitions need an opinion and a signed forwarding document before forwarding (R3). */
  public boolean complex() {
    return !complexReasons().isEmpty();
  }

  public boolean passedToReception() {
    return status() == Status.UNREACHABLE || receptionAnswer().isPresent();
  }

  public boolean opinionGiven() {
    return opinionRequests().stream().anyMatch(OpinionRequest::answered);
  }

  public boolean opinionPending() {
    return opinionRequests().stream().anyMatch(r -> !r.answered());
  }

  public Optional<LocalDate> deadline() {
    return forwarding().map(Forwarding::deadline);
  }

  /** Forwarded, not yet answered by the unit, and past its deadline (R5). */
  public boolean overdueOn(LocalDate day) {
    return status() == Status.FORWARDED && deadline().map(day::isAfter).orElse(false);
  }

  /** Whether the unit answered by the deadline; empty while unanswered. */
  public Optional<Boolean> answeredOnTime() {
    return unitAnswer().flatMap(a -> deadline().map(d -> !a.on().isAfter(d)));
  }

  // ---- receiving ----

  /** A petition arrives, routed (R1): to the sector's owner, or to the leader when unplaced. */
  public static Petition receive(PetitionId id, Intake intake, RoutingDecision routing, Person assignee,
      List<String> complexReasons, Moment when) {
    Status status = routing.placed() ? Status.ASSIGNED : Status.RECEIVED;
    String summary = intake.channel().label() + "; "
        + (routing.placed()
            ? "phân công cho " + assignee.fullName() + " (lĩnh vực " + routing.sector().orElseThrow() + ")"
            : "chưa xác định được lĩnh vực, chuyển Tổ trưởng " + assignee.fullName() + " phân công")
        + (complexReasons.isEmpty() ? "" : "; phức tạp: " + String.join("; ", complexReasons));
    return builder()
        .id(id)
        .title(intake.title())
        .content(intake.content())
        .sectorHint(intake.sectorHint())
        .sender(intake.sender())
        .channel(intake.channel())
        .receivedAt(when.at())
        .receivedOn(when.day())
        .sector(routing.sector())
        .kind(routing.kind())
        .routingConfidence(routing.confidence())
        .routingExplanation(routing.explanation())
        .assignee(assignee.id())
        .status(status)
        .complexReasons(complexReasons)
        .addEvents(new PetitionEvent(1, EventType.RECEIVED, "system", "Hệ thống", when.at(), summary))
        .build();
  }

  // ---- steps ----

  /** The leader (or the deputy under delegation) assigns the petition by hand, optionally to a sector. */
  public StepResult reassign(Actor by, Person to, Optional<Sector> sector, String reason, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.REASSIGN, "phân công lại", Status.RECEIVED,
        Status.ASSIGNED, Status.CONTACTING, Status.VERIFIED);
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    if (sector.isPresent() && !sector.get().owner().equals(to.id())) {
      return StepResult.refused(Refusal.invalid("Lĩnh vực " + sector.get().name() + " không do "
          + to.fullName() + " phụ trách"));
    }
    ImmutablePetition.Builder next = copy().assignee(to.id())
        .status(status() == Status.RECEIVED ? Status.ASSIGNED : status());
    sector.ifPresent(s -> next.sector(s.code()).kind(s.kind()));
    String summary = "Phân công cho " + to.fullName() + sector.map(s -> ", lĩnh vực " + s.name()).orElse("")
        + (reason == null || reason.isBlank() ? "" : ". Lý do: " + reason.strip());
    return accept(next, by, when, EventType.REASSIGNED, summary);
  }

  /** R2 case 1: the member calls or e-mails the sender. */
  public StepResult recordContactAttempt(Actor by, ContactMethod method, boolean reached, String note, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.TRIAGE, "liên hệ người gửi", Status.ASSIGNED,
        Status.CONTACTING);
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    if (!contactCompleteness().allowsContact()) {
      return StepResult.refused(Refusal.precondition("Phản ánh không có đủ họ tên và số điện thoại hoặc email hợp lệ ("
          + contactCompleteness().label() + "): không thể liên hệ, hãy chuyển Tổ tiếp nhận"));
    }
    ContactAttempt attempt = new ContactAttempt(by.person().orElseThrow(), when.at(), method, reached, note);
    return accept(copy().addContactAttempts(attempt).status(Status.CONTACTING), by, when,
        EventType.CONTACT_ATTEMPTED, method.label() + (reached ? ": liên hệ được" : ": không liên hệ được"));
  }

  /** R2 case 1 steps 1–2: a recording (with the citizen's consent) or an e-mail exchange, or other material. */
  public StepResult attachEvidence(Actor by, EvidenceItem item, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.TRIAGE, "đính kèm tư liệu xác minh", Status.ASSIGNED,
        Status.CONTACTING, Status.VERIFIED);
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    if (item.kind() == EvidenceKind.RECORDING && item.consent().isEmpty()) {
      return StepResult.refused(Refusal.precondition(
          "Bản ghi âm cần ghi nhận đã xin ý kiến và thông báo cho công dân về việc ghi âm"));
    }
    if (evidence().stream().anyMatch(e -> e.evidenceId().equals(item.evidenceId()))) {
      return StepResult.refused(Refusal.invalid("Tư liệu " + item.fileName() + " đã được đính kèm"));
    }
    return accept(copy().addEvidence(item), by, when, EventType.EVIDENCE_ATTACHED,
        item.kind().label() + ": " + item.fileName());
  }

  /** R2 case 1 step 3: having reached the sender and kept the material, the member enters the fixed note. */
  public StepResult verify(Actor by, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.TRIAGE, "xác minh", Status.CONTACTING);
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    if (contactAttempts().stream().noneMatch(ContactAttempt::reached)) {
      return StepResult.refused(Refusal.precondition("Chưa liên hệ được với người gửi: chưa thể xác minh"));
    }
    if (evidence().stream().noneMatch(e -> e.kind() == EvidenceKind.RECORDING || e.kind() == EvidenceKind.EMAIL_EXPORT)) {
      return StepResult.refused(Refusal.precondition(
          "Chưa có tư liệu xác minh (bản ghi âm cuộc gọi hoặc trao đổi qua email)"));
    }
    return accept(copy().verificationNote(VerificationNotes.VERIFIED).status(Status.VERIFIED), by, when,
        EventType.VERIFIED, VerificationNotes.VERIFIED);
  }

  /** R2 case 2: the sender cannot be reached; the fixed note, and the petition goes to the reception team. */
  public StepResult markUnreachable(Actor by, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.TRIAGE, "chuyển Tổ tiếp nhận", Status.ASSIGNED,
        Status.CONTACTING);
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    if (contactCompleteness().allowsContact() && contactAttempts().isEmpty()) {
      return StepResult.refused(Refusal.precondition(
          "Người gửi có đủ thông tin liên hệ: phải gọi điện hoặc email trước khi kết luận không liên hệ được"));
    }
    if (contactAttempts().stream().anyMatch(ContactAttempt::reached)) {
      return StepResult.refused(Refusal.precondition("Đã liên hệ được với người gửi: không thể ghi là không liên hệ được"));
    }
    return accept(copy().verificationNote(VerificationNotes.UNREACHABLE).status(Status.UNREACHABLE), by, when,
        EventType.MARKED_UNREACHABLE, VerificationNotes.UNREACHABLE);
  }

  /** R2 case 2: the reception team answers the citizen directly, from its handling account. */
  public StepResult answerAsReception(Actor by, String text, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.ANSWER_AS_RECEPTION, "trả lời công dân", Status.UNREACHABLE);
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    Answer answer = new Answer(by.accountId(), by.displayName(), when.at(), when.day(), text);
    return accept(copy().receptionAnswer(answer).citizenReply(answer).status(Status.REPLIED), by, when,
        EventType.RECEPTION_ANSWERED, "Tổ tiếp nhận đã trả lời công dân");
  }

  /**
   * R2 case 3: complaints, denunciations and corruption reports get guidance citing the laws, not forwarding.
   * R1: they belong to the member who owns the sector of that kind ({@code owningSector}, when the district
   * has one); anyone else must first have the leader reassign the petition.
   */
  public StepResult guideComplaint(Actor by, SectorKind kind, Optional<Sector> owningSector, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.TRIAGE, "hướng dẫn khiếu nại, tố cáo", Status.ASSIGNED,
        Status.CONTACTING, Status.VERIFIED);
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    if (!kind.isComplaintLike()) {
      return StepResult.refused(Refusal.invalid(
          "Chỉ hướng dẫn với phản ánh có nội dung khiếu nại, tố cáo hoặc phòng, chống tham nhũng"));
    }
    if (owningSector.isPresent() && !owningSector.get().owner().equals(assignee())) {
      return StepResult.refused(Refusal.precondition(kind.label() + " thuộc lĩnh vực " + owningSector.get().name()
          + " của thành viên khác phụ trách: đề nghị Tổ trưởng phân công lại trước khi hướng dẫn công dân"));
    }
    Answer reply = new Answer(by.accountId(), by.displayName(), when.at(), when.day(), ComplaintGuidance.replyFor(kind));
    ImmutablePetition.Builder next = copy().kind(kind).guidance(reply).citizenReply(reply).status(Status.GUIDED);
    owningSector.ifPresent(s -> next.sector(s.code()));
    return accept(next, by, when, EventType.COMPLAINT_GUIDED,
        kind.label() + ": hướng dẫn công dân gửi đơn theo " + ComplaintGuidance.LAWS);
  }

  /** R3: the member judges the petition complex; it then needs an opinion and a signed document. */
  public StepResult flagComplex(Actor by, String reason, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.TRIAGE, "đánh dấu phức tạp", Status.ASSIGNED,
        Status.CONTACTING, Status.VERIFIED);
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    if (reason == null || reason.isBlank()) {
      return StepResult.refused(Refusal.invalid("Cần nêu lý do phản ánh phức tạp"));
    }
    String why = "Thành viên đánh giá: " + reason.strip();
    return accept(copy().addComplexReasons(why), by, when, EventType.FLAGGED_COMPLEX, why);
  }

  /** R3: the member asks the leader or deputy how to route it. */
  public StepResult requestOpinion(Actor by, String question, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.TRIAGE, "xin ý kiến", openStatuses());
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    if (opinionPending()) {
      return StepResult.refused(Refusal.wrongStage("Đang chờ ý kiến của Tổ trưởng/Tổ phó cho lần xin ý kiến trước"));
    }
    if (question == null || question.isBlank()) {
      return StepResult.refused(Refusal.invalid("Nội dung xin ý kiến không được để trống"));
    }
    OpinionRequest request = new OpinionRequest(by.person().orElseThrow(), when.at(), question.strip(), Optional.empty());
    return accept(copy().addOpinionRequests(request), by, when, EventType.OPINION_REQUESTED, question.strip());
  }

  /** R3: the leader or deputy answers the pending request. */
  public StepResult giveOpinion(Actor by, String text, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.GIVE_OPINION, "cho ý kiến", openStatuses());
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    if (!opinionPending()) {
      return StepResult.refused(Refusal.wrongStage("Không có yêu cầu xin ý kiến nào đang chờ"));
    }
    if (text == null || text.isBlank()) {
      return StepResult.refused(Refusal.invalid("Nội dung ý kiến không được để trống"));
    }
    Opinion opinion = new Opinion(by.person().orElseThrow(), by.displayName(), when.at(), text.strip());
    List<OpinionRequest> answered = opinionRequests().stream()
        .map(r -> r.answered() ? r : r.answer(opinion))
        .collect(ImmutableList.toImmutableList());
    return accept(copy().opinionRequests(answered), by, when, EventType.OPINION_GIVEN, text.strip());
  }

  /** R3: the member drafts the forwarding document (a new draft replaces an unsigned one). */
  public StepResult draftDocument(Actor by, String subject, String body, List<String> recipients, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.TRIAGE, "dự thảo văn bản chuyển", openStatuses());
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    if (document().map(ForwardingDocument::signed).orElse(false)) {
      return StepResult.refused(Refusal.wrongStage("Văn bản chuyển đã được ký ban hành, không thể dự thảo lại"));
    }
    ForwardingDocument draft;
    try {
      draft = new ForwardingDocument(by.person().orElseThrow(), when.at(), subject == null ? "" : subject.strip(),
          body == null ? "" : body.strip(), recipients, Optional.empty());
    } catch (IllegalArgumentException e) {
      return StepResult.refused(Refusal.invalid(e.getMessage()));
    }
    return accept(copy().document(draft), by, when, EventType.DOCUMENT_DRAFTED, "V/v " + draft.subject());
  }

  /** R3: the leader signs and issues the document; the deputy only under delegation. */
  public StepResult signDocument(Actor by, String signerTitle, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.SIGN_DOCUMENT, "ký văn bản chuyển", openStatuses());
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    if (document().isEmpty()) {
      return StepResult.refused(Refusal.wrongStage("Chưa có dự thảo văn bản chuyển để ký"));
    }
    if (document().get().signed()) {
      return StepResult.refused(Refusal.wrongStage("Văn bản chuyển đã được ký"));
    }
    boolean delegated = by.role() != vn.pakn.domain.access.ActorRole.LEADER;
    Signature signature = new Signature(by.person().orElseThrow(), by.displayName(), signerTitle, when.at(), delegated);
    return accept(copy().document(document().get().sign(signature)), by, when, EventType.DOCUMENT_SIGNED,
        (delegated ? "Tổ phó ký thay Tổ trưởng (được ủy quyền): " : "Tổ trưởng ký: ") + by.displayName());
  }

  /**
   * R2 case 1 step 4: forward the verified petition to a unit with instructions and a deadline, then
   * "Cập nhật". Complex petitions first need an opinion and a signed document (R3); complaints are
   * guided, not forwarded (R2 case 3). The deadline's calendar check belongs to the deadline policy.
   */
  public StepResult forward(Actor by, Unit unit, String instructions, LocalDate deadline, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.TRIAGE, "chuyển xử lý", Status.VERIFIED);
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    if (kind().isComplaintLike()) {
      return StepResult.refused(Refusal.precondition(kind().label()
          + " không chuyển xử lý: hướng dẫn công dân gửi đơn đến cơ quan có thẩm quyền"));
    }
    if (complex() && !opinionGiven()) {
      return StepResult.refused(Refusal.precondition(
          "Phản ánh phức tạp: cần xin ý kiến Tổ trưởng hoặc Tổ phó trước khi chuyển xử lý"));
    }
    if (complex() && !document().map(ForwardingDocument::signed).orElse(false)) {
      return StepResult.refused(Refusal.precondition(
          "Phản ánh phức tạp: văn bản chuyển phải được Tổ trưởng ký ban hành trước khi chuyển xử lý"));
    }
    if (instructions == null || instructions.isBlank()) {
      return StepResult.refused(Refusal.invalid("Cần ghi nội dung hướng dẫn đơn vị tiếp nhận xử lý"));
    }
    if (deadline == null || !deadline.isAfter(when.day())) {
      return StepResult.refused(Refusal.invalid("Hạn trả lời công dân phải sau ngày chuyển"));
    }
    Forwarding forwarding = new Forwarding(unit.id(), unit.name(), instructions.strip(), when.day(), deadline,
        by.person().orElseThrow(), when.at());
    return accept(copy().forwarding(forwarding).status(Status.FORWARDED), by, when, EventType.FORWARDED,
        "Chuyển " + unit.name() + ", hạn trả lời " + VIETNAMESE_DAY.format(deadline));
  }

  /** The unit answers from its handling account (R4). */
  public StepResult recordUnitAnswer(Actor by, String text, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.ANSWER_AS_UNIT, "trả lời của đơn vị", Status.FORWARDED);
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    Answer answer;
    try {
      answer = new Answer(by.accountId(), by.displayName(), when.at(), when.day(), text);
    } catch (IllegalArgumentException e) {
      return StepResult.refused(Refusal.invalid(e.getMessage()));
    }
    boolean onTime = !when.day().isAfter(forwarding().orElseThrow().deadline());
    return accept(copy().unitAnswer(answer).status(Status.UNIT_ANSWERED), by, when, EventType.UNIT_ANSWERED,
        forwarding().orElseThrow().unitName() + " đã trả lời " + (onTime ? "đúng hạn" : "quá hạn"));
  }

  /** The member publishes the answer to the citizen. */
  public StepResult replyToCitizen(Actor by, String text, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.TRIAGE, "trả lời công dân", Status.UNIT_ANSWERED);
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    Answer reply;
    try {
      reply = new Answer(by.accountId(), by.displayName(), when.at(), when.day(), text);
    } catch (IllegalArgumentException e) {
      return StepResult.refused(Refusal.invalid(e.getMessage()));
    }
    return accept(copy().citizenReply(reply).status(Status.REPLIED), by, when, EventType.CITIZEN_REPLIED,
        "Đã trả lời công dân");
  }

  /** Ends the petition once the citizen has been answered or guided. */
  public StepResult close(Actor by, Moment when) {
    Optional<Refusal> refused = guard(by, PetitionAction.CLOSE, "kết thúc", Status.REPLIED, Status.GUIDED);
    if (refused.isPresent()) {
      return StepResult.refused(refused.get());
    }
    return accept(copy().closedAt(when.at()).status(Status.CLOSED), by, when, EventType.CLOSED, "Kết thúc xử lý");
  }

  // ---- helpers ----

  private static Status[] openStatuses() {
    return java.util.Arrays.stream(Status.values()).filter(Status::open).toArray(Status[]::new);
  }

  private Optional<Refusal> guard(Actor by, PetitionAction action, String step, Status... allowed) {
    Optional<Refusal> access = PetitionAccess.check(by, action, this);
    if (access.isPresent()) {
      return access;
    }
    for (Status s : allowed) {
      if (s == status()) {
        return Optional.empty();
      }
    }
    return Optional.of(Refusal.wrongStage("Không thể " + step + " khi phản ánh đang ở trạng thái '"
        + status().label() + "'"));
  }

  private ImmutablePetition.Builder copy() {
    return ImmutablePetition.builder().from(this);
  }

  private StepResult accept(ImmutablePetition.Builder next, Actor by, Moment when, EventType type, String summary) {
    PetitionEvent event = new PetitionEvent(events().size() + 1, type, by.accountId(), by.displayName(), when.at(),
        withoutSenderData(summary));
    return new StepResult.Accepted(next.addEvents(event).build(), event);
  }

  /**
   * Summaries copy what staff type (a reason, a question, an opinion, a subject): the sender's name,
   * phone and e-mail, if typed there, are masked, since events never hold the sender's personal data.
   */
  private String withoutSenderData(String summary) {
    Sender masked = sender().masked();
    String out = replace(summary, sender().name(), masked.name());
    out = replace(out, sender().email(), masked.email());
    out = replace(out, sender().phone(), masked.phone());
    return replace(out, sender().phone().flatMap(vn.pakn.domain.verification.VietnameseMobile::normalize),
        masked.phone());
  }

  private static String replace(String text, Optional<String> value, Optional<String> by) {
    return value.isPresent() && by.isPresent() ? text.replace(value.get(), by.get()) : text;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutablePetition.Builder {}
}
