package vn.pakn.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.BiFunction;
import vn.pakn.application.port.in.AnswerAsReceptionUseCase.AnswerAsReceptionCommand;
import vn.pakn.application.port.in.ClosePetitionUseCase.ClosePetitionCommand;
import vn.pakn.application.port.in.DraftForwardingDocumentUseCase.DraftForwardingDocumentCommand;
import vn.pakn.application.port.in.FlagComplexUseCase.FlagComplexCommand;
import vn.pakn.application.port.in.ForwardPetitionUseCase.ForwardPetitionCommand;
import vn.pakn.application.port.in.GiveOpinionUseCase.GiveOpinionCommand;
import vn.pakn.application.port.in.GuideComplaintUseCase.GuideComplaintCommand;
import vn.pakn.application.port.in.ListPetitionsUseCase.Inbox;
import vn.pakn.application.port.in.MarkUnreachableUseCase.MarkUnreachableCommand;
import vn.pakn.application.port.in.Outcome;
import vn.pakn.application.port.in.ReassignPetitionUseCase.ReassignPetitionCommand;
import vn.pakn.application.port.in.ReceivePetitionUseCase.ReceivePetitionCommand;
import vn.pakn.application.port.in.RecordContactAttemptUseCase.RecordContactAttemptCommand;
import vn.pakn.application.port.in.RecordUnitAnswerUseCase.RecordUnitAnswerCommand;
import vn.pakn.application.port.in.ReplyToCitizenUseCase.ReplyToCitizenCommand;
import vn.pakn.application.port.in.RequestOpinionUseCase.RequestOpinionCommand;
import vn.pakn.application.port.in.SignForwardingDocumentUseCase.SignForwardingDocumentCommand;
import vn.pakn.application.port.in.VerifyPetitionUseCase.VerifyPetitionCommand;
import vn.pakn.application.query.Cursor;
import vn.pakn.application.query.PetitionFilter;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.petition.Channel;
import vn.pakn.domain.petition.ContactMethod;
import vn.pakn.domain.petition.Intake;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.roster.SectorKind;
import vn.pakn.domain.routing.PetitionText;
import vn.pakn.domain.verification.Sender;

/** The petition routes of the JSON API: intake, inbox, one petition, its sender, and every step of R1–R4. */
public final class PetitionRoutes {

  public static final String BASE = "/api/v1";

  private final Api api;

  public PetitionRoutes(Api api) {
    this.api = api;
  }

  public void register(RoutesConfig routes) {
    routes.post(BASE + "/petitions", this::create);
    routes.get(BASE + "/petitions", this::list);
    routes.get(BASE + "/petitions/{id}", this::get);
    routes.get(BASE + "/petitions/{id}/sender", this::sender);
    routes.get(BASE + "/petitions/{id}/sender-access-log", this::senderAccessLog);
    routes.post(BASE + "/routing/preview", this::preview);
    routes.post(BASE + "/petitions/{id}/reassign", this::reassign);
    routes.post(BASE + "/petitions/{id}/contact-attempts", this::contact);
    routes.post(BASE + "/petitions/{id}/verify", this::verify);
    routes.post(BASE + "/petitions/{id}/unreachable", this::unreachable);
    routes.post(BASE + "/petitions/{id}/reception-answer", this::receptionAnswer);
    routes.post(BASE + "/petitions/{id}/guide", this::guide);
    routes.post(BASE + "/petitions/{id}/complex", this::flagComplex);
    routes.post(BASE + "/petitions/{id}/opinion-requests", this::requestOpinion);
    routes.post(BASE + "/petitions/{id}/opinions", this::giveOpinion);
    routes.post(BASE + "/petitions/{id}/document", this::draftDocument);
    routes.post(BASE + "/petitions/{id}/document/sign", this::signDocument);
    routes.post(BASE + "/petitions/{id}/forward", this::forward);
    routes.post(BASE + "/petitions/{id}/unit-answer", this::unitAnswer);
    routes.post(BASE + "/petitions/{id}/reply", this::reply);
    routes.post(BASE + "/petitions/{id}/close", this::close);
  }

  /** The body of {@code POST /petitions}, turned into an intake; shared with Open311. */
  static Intake intake(Body body, Channel defaultChannel) {
    Optional<Body> sender = body.object("sender", "name", "phone", "email", "address");
    Sender s = sender.map(b -> new Sender(b.text("name", 200), b.text("phone", 40), b.text("email", 254),
        b.text("address", 500))).orElse(Sender.anonymous());
    Channel channel = body.enumValue("channel", Channel.class).orElse(defaultChannel);
    try {
      return new Intake(body.requiredText("title", Intake.MAX_TITLE), body.requiredText("content", Intake.MAX_CONTENT),
          body.text("sectorHint", 200), s, channel);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.fromInvalid(e);
    }
  }

  private void create(Context ctx) {
    api.actor(ctx);
    Body body = api.body(ctx, "title", "content", "sectorHint", "sender", "channel");
    Petition p = Api.value(api.useCases.receive().receive(new ReceivePetitionCommand(intake(body, Channel.WEB))));
    PetitionJson json = api.json();
    ctx.status(201).header("Location", BASE + "/petitions/" + p.id()).json(created(json, p));
  }

  /** The 201 body: id, status, sector, assignee, complaint, deadline. */
  static Map<String, Object> created(PetitionJson json, Petition p) {
    Map<String, Object> out = new TreeMap<>();
    out.put("id", p.id().value());
    out.put("version", p.version());
    out.put("status", p.status().name());
    out.put("statusLabel", p.status().label());
    out.put("sector", json.sector(p.sector()));
    out.put("assignee", json.person(p.assignee()));
    out.put("complaint", p.kind().isComplaintLike());
    out.put("kind", p.kind().name());
    out.put("complex", p.complex());
    out.put("deadline", p.deadline().orElse(null));
    out.put("explanation", p.routingExplanation());
    return out;
  }

  private void list(Context ctx) {
    Actor actor = api.actor(ctx);
    PetitionFilter filter = filter(ctx, api.today());
    Inbox inbox = Api.value(api.useCases.list().list(actor, filter));
    PetitionJson json = api.json();
    Map<String, Object> out = new TreeMap<>();
    out.put("items", inbox.page().items().stream().map(s -> json.summary(s, filter.today())).toList());
    out.put("nextCursor", inbox.page().nextCursor().orElse(null));
    Map<String, Long> counts = new TreeMap<>();
    inbox.countsByStatus().forEach((k, v) -> counts.put(k.name(), v));
    out.put("counts", counts);
    ctx.json(out);
  }

  static PetitionFilter filter(Context ctx, LocalDate today) {
    try {
      Optional<Status> status = Api.query(ctx, "status", 40).map(s -> parseEnum("status", s, Status.class));
      Optional<SectorCode> sector = Api.query(ctx, "sector", 64).map(s -> parse("sector", () -> SectorCode.of(s)));
      Optional<PersonId> assignee = Api.query(ctx, "assignee", 64).map(s -> parse("assignee", () -> PersonId.of(s)));
      Optional<UnitId> unit = Api.query(ctx, "unit", 64).map(s -> parse("unit", () -> UnitId.of(s)));
      Optional<Boolean> overdue = Api.query(ctx, "overdue", 5).map(PetitionRoutes::bool);
      Optional<LocalDate> from = Api.query(ctx, "receivedFrom", 10).map(s -> date("receivedFrom", s));
      Optional<LocalDate> to = Api.query(ctx, "receivedTo", 10).map(s -> date("receivedTo", s));
      Optional<String> q = Api.query(ctx, "q", 200);
      Optional<Cursor> cursor = Api.query(ctx, "cursor", 200).map(Cursor::decode);
      int limit = Api.query(ctx, "limit", 4).map(PetitionRoutes::limit).orElse(PetitionFilter.DEFAULT_LIMIT);
      return new PetitionFilter(status, sector, assignee, unit, overdue, from, to, q, false, today, cursor, limit);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.fromInvalid(e);
    }
  }

  private static <T> T parse(String field, java.util.function.Supplier<T> f) {
    try {
      return f.get();
    } catch (IllegalArgumentException e) {
      throw HttpProblem.validation(field, e.getMessage());
    }
  }

  private static <E extends Enum<E>> E parseEnum(String field, String value, Class<E> type) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw HttpProblem.validation(field, "'" + value + "' không hợp lệ; giá trị hợp lệ: "
          + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }
  }

  private static boolean bool(String s) {
    if (s.equalsIgnoreCase("true")) {
      return true;
    }
    if (s.equalsIgnoreCase("false")) {
      return false;
    }
    throw HttpProblem.validation("overdue", "phải là true hoặc false");
  }

  private static LocalDate date(String field, String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw HttpProblem.validation(field, "phải là ngày dạng yyyy-MM-dd");
    }
  }

  private static int limit(String s) {
    try {
      int n = Integer.parseInt(s);
      if (n < 1 || n > PetitionFilter.MAX_LIMIT) {
        throw HttpProblem.validation("limit", "phải từ 1 đến " + PetitionFilter.MAX_LIMIT);
      }
      return n;
    } catch (NumberFormatException e) {
      throw HttpProblem.validation("limit", "phải là số nguyên");
    }
  }

  private void get(Context ctx) {
    Actor actor = api.actor(ctx);
    ctx.json(api.json().detail(Api.value(api.useCases.get().get(actor, Api.petitionId(ctx)))));
  }

  private void sender(Context ctx) {
    Actor actor = api.actor(ctx);
    String purpose = Api.query(ctx, "purpose", 500).orElse("Xem thông tin người gửi");
    ctx.header("Cache-Control", "no-store");
    ctx.json(api.json().sender(Api.value(api.useCases.reveal().reveal(actor, Api.petitionId(ctx), purpose))));
  }

  private void senderAccessLog(Context ctx) {
    Actor actor = api.actor(ctx);
    PetitionJson json = api.json();
    ctx.json(Api.value(api.useCases.reveal().accessLog(actor, Api.petitionId(ctx))).stream()
        .map(a -> Map.of("account", a.accountName(), "at", json.time(a.at()), "purpose", a.purpose())).toList());
  }

  private void preview(Context ctx) {
    api.actor(ctx);
    Body body = api.body(ctx, "title", "content", "sectorHint");
    PetitionText text = new PetitionText(body.text("title", Intake.MAX_TITLE).orElse(""),
        body.text("content", Intake.MAX_CONTENT).orElse(""), body.text("sectorHint", 200));
    if ((text.title() + text.content()).isBlank()) {
      throw HttpProblem.validation("content", "cần tiêu đề hoặc nội dung để phân loại");
    }
    ctx.json(api.json().routing(api.useCases.preview().preview(text)));
  }

  // ---- steps: each answers with the petition as it now stands ----

  private void step(Context ctx, Petition changed) {
    ctx.json(api.json().detail(changed));
  }

  /** Builds a step command from the petition, one text field and the version the user saw. */
  @FunctionalInterface
  private interface TextCommand<C> {
    C build(PetitionId petition, String text, OptionalLong version);
  }

  /** A step whose body is one required text field and the version. */
  private <C> void textStep(Context ctx, String field, int max, TextCommand<C> build,
      BiFunction<Actor, C, Outcome<Petition>> run) {
    Actor actor = api.actor(ctx);
    Body b = api.body(ctx, field, "version");
    C command = command(() -> build.build(Api.petitionId(ctx), b.requiredText(field, max), b.version()));
    step(ctx, Api.value(run.apply(actor, command)));
  }

  /** A step whose body holds only the version. */
  private <C> void versionStep(Context ctx, BiFunction<PetitionId, OptionalLong, C> build,
      BiFunction<Actor, C, Outcome<Petition>> run) {
    Actor actor = api.actor(ctx);
    OptionalLong version = api.body(ctx, "version").version();
    step(ctx, Api.value(run.apply(actor, build.apply(Api.petitionId(ctx), version))));
  }

  private void reassign(Context ctx) {
    Actor actor = api.actor(ctx);
    Body b = api.body(ctx, "to", "sector", "reason", "version");
    PersonId to = parse("to", () -> PersonId.of(b.requiredText("to", 64)));
    Optional<SectorCode> sector = b.text("sector", 64).map(s -> parse("sector", () -> SectorCode.of(s)));
    step(ctx, Api.value(api.useCases.reassign().reassign(actor,
        command(() -> new ReassignPetitionCommand(Api.petitionId(ctx), to, sector, b.text("reason", 2000).orElse(""),
            b.version())))));
  }

  private void contact(Context ctx) {
    Actor actor = api.actor(ctx);
    Body b = api.body(ctx, "method", "reached", "note", "version");
    ContactMethod method = b.enumValue("method", ContactMethod.class)
        .orElseThrow(() -> HttpProblem.validation("method", "bắt buộc: CALL hoặc EMAIL"));
    step(ctx, Api.value(api.useCases.contact().recordContactAttempt(actor, command(() ->
        new RecordContactAttemptCommand(Api.petitionId(ctx), method, b.requiredBool("reached"),
            b.text("note", 4000).orElse(""), b.version())))));
  }

  private void verify(Context ctx) {
    versionStep(ctx, VerifyPetitionCommand::new, api.useCases.verify()::verify);
  }

  private void unreachable(Context ctx) {
    versionStep(ctx, MarkUnreachableCommand::new, api.useCases.unreachable()::markUnreachable);
  }

  private void receptionAnswer(Context ctx) {
    textStep(ctx, "text", 20_000, AnswerAsReceptionCommand::new, api.useCases.receptionAnswer()::answer);
  }

  private void guide(Context ctx) {
    Actor actor = api.actor(ctx);
    Body b = api.body(ctx, "kind", "version");
    SectorKind kind = b.enumValue("kind", SectorKind.class)
        .orElseThrow(() -> HttpProblem.validation("kind", "bắt buộc: COMPLAINT, DENUNCIATION hoặc CORRUPTION"));
    step(ctx, Api.value(api.useCases.guide().guide(actor,
        new GuideComplaintCommand(Api.petitionId(ctx), kind, b.version()))));
  }

  private void flagComplex(Context ctx) {
    textStep(ctx, "reason", 2000, FlagComplexCommand::new, api.useCases.flagComplex()::flag);
  }

  private void requestOpinion(Context ctx) {
    textStep(ctx, "question", 4000, RequestOpinionCommand::new, api.useCases.requestOpinion()::request);
  }

  private void giveOpinion(Context ctx) {
    textStep(ctx, "text", 4000, GiveOpinionCommand::new, api.useCases.giveOpinion()::give);
  }

  private void draftDocument(Context ctx) {
    Actor actor = api.actor(ctx);
    Body b = api.body(ctx, "subject", "body", "recipients", "version");
    step(ctx, Api.value(api.useCases.draftDocument().draft(actor, command(() ->
        new DraftForwardingDocumentCommand(Api.petitionId(ctx), b.requiredText("subject", 300),
            b.requiredText("body", 20_000), b.textList("recipients", 30, 300), b.version())))));
  }

  private void signDocument(Context ctx) {
    versionStep(ctx, SignForwardingDocumentCommand::new, api.useCases.signDocument()::sign);
  }

  private void forward(Context ctx) {
    Actor actor = api.actor(ctx);
    Body b = api.body(ctx, "unit", "instructions", "deadline", "version");
    UnitId unit = parse("unit", () -> UnitId.of(b.requiredText("unit", 64)));
    step(ctx, Api.value(api.useCases.forward().forward(actor, command(() ->
        new ForwardPetitionCommand(Api.petitionId(ctx), unit, b.requiredText("instructions", 4000), b.date("deadline"),
            b.version())))));
  }

  private void unitAnswer(Context ctx) {
    textStep(ctx, "text", 20_000, RecordUnitAnswerCommand::new, api.useCases.unitAnswer()::answer);
  }

  private void reply(Context ctx) {
    textStep(ctx, "text", 20_000, ReplyToCitizenCommand::new, api.useCases.reply()::reply);
  }

  private void close(Context ctx) {
    versionStep(ctx, ClosePetitionCommand::new, api.useCases.close()::close);
  }

  /** Builds a command; its own validation failures name the field. */
  static <T> T command(java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw HttpProblem.fromInvalid(e);
    }
  }

}
