package vn.pakn.adapters.http.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import vn.pakn.adapters.http.HttpProblem;
import vn.pakn.application.port.in.AdviseDeadlineUseCase.DeadlineAdvice;
import vn.pakn.application.port.in.AnswerAsReceptionUseCase.AnswerAsReceptionCommand;
import vn.pakn.application.port.in.AttachEvidenceUseCase.AttachEvidenceCommand;
import vn.pakn.application.port.in.ClosePetitionUseCase.ClosePetitionCommand;
import vn.pakn.application.port.in.DraftForwardingDocumentUseCase.DraftForwardingDocumentCommand;
import vn.pakn.application.port.in.ExportEvidenceArchiveUseCase.EvidenceArchive;
import vn.pakn.application.port.in.FlagComplexUseCase.FlagComplexCommand;
import vn.pakn.application.port.in.ForwardPetitionUseCase.ForwardPetitionCommand;
import vn.pakn.application.port.in.GiveOpinionUseCase.GiveOpinionCommand;
import vn.pakn.application.port.in.GuideComplaintUseCase.GuideComplaintCommand;
import vn.pakn.application.port.in.ListPetitionsUseCase.Inbox;
import vn.pakn.application.port.in.MarkUnreachableUseCase.MarkUnreachableCommand;
import vn.pakn.application.port.in.ReassignPetitionUseCase.ReassignPetitionCommand;
import vn.pakn.application.port.in.RecordContactAttemptUseCase.RecordContactAttemptCommand;
import vn.pakn.application.port.in.RecordUnitAnswerUseCase.RecordUnitAnswerCommand;
import vn.pakn.application.port.in.ReplyToCitizenUseCase.ReplyToCitizenCommand;
import vn.pakn.application.port.in.RequestOpinionUseCase.RequestOpinionCommand;
import vn.pakn.application.port.in.SignForwardingDocumentUseCase.SignForwardingDocumentCommand;
import vn.pakn.application.port.in.VerifyPetitionUseCase.VerifyPetitionCommand;
import vn.pakn.application.port.out.SenderAccess;
import vn.pakn.application.port.out.StoredFile;
import vn.pakn.application.query.Cursor;
import vn.pakn.application.query.PetitionFilter;
import vn.pakn.application.query.PetitionSummary;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.access.ActorRole;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.escalation.ForwardingDocument;
import vn.pakn.domain.petition.ContactMethod;
import vn.pakn.domain.petition.EvidenceKind;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionAccess;
import vn.pakn.domain.petition.PetitionAction;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.Role;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.roster.SectorKind;
import vn.pakn.domain.verification.ComplaintGuidance;
import vn.pakn.domain.verification.Sender;

/** The inbox ({@code /hop-thu}), one petition ({@code /phan-anh/{id}}) and every step, each a small form. */
public final class PetitionPages {

  /** A choice in a select: value, label, whether chosen. */
  public record Option(String value, String label, boolean selected) {}

  /** A status with its count, linking to the inbox filtered by it. */
  public record StatusCount(String status, String label, long count, boolean selected) {}

  /** One inbox line. */
  public record Row(String id, String title, String status, String statusLabel, String sector, String assignee,
      String unit, String received, String deadline, boolean overdue, boolean complex) {}

  /** The inbox's model. */
  public record InboxPage(Chrome chrome, Map<String, String> filter, List<Option> statuses, List<Option> sectors,
      List<Option> members, List<Option> units, List<StatusCount> counts, long total, List<Row> rows,
      String nextPage, String firstPage, String error, String errorField) {}

  /** The petition page's model. */
  public record PetitionPage(Chrome chrome, Petition petition, DistrictProfile profile, Optional<Sender> revealed,
      Set<String> actions, Optional<String> deadlineText, DeadlineAdvice forwardAdvice, List<Option> units,
      List<Option> members, List<Option> sectors, List<Option> complaintKinds, Map<String, String> guidance,
      String documentSubject, String documentBody, String documentRecipients, String signHint,
      List<SenderAccess> senderAccesses, String error, String errorAction, String errorField) {

    public boolean can(String action) {
      return actions.contains(action);
    }

    public boolean errorIn(String action) {
      return error != null && action.equals(errorAction);
    }
  }

  private final Web web;

  PetitionPages(Web web) {
    this.web = web;
  }

  void register(RoutesConfig routes) {
    routes.get("/hop-thu", web.page("hop-thu", this::inbox));
    routes.get("/phan-anh/{id}", web.page("hop-thu", (ctx, actor, chrome) -> petition(ctx, actor, chrome,
        Optional.empty(), null, null, null, 200)));
    routes.post("/phan-anh/{id}/nguoi-gui", web.page("hop-thu", this::reveal));
    routes.get("/phan-anh/{id}/tu-lieu.zip", web.page("hop-thu", this::evidenceZip));
    routes.get("/phan-anh/{id}/van-ban.docx", web.page("hop-thu", this::document));
    routes.get("/phan-anh/{id}/tu-lieu/{evidence}", web.page("hop-thu", this::evidenceFile));
    routes.get("/han-tra-loi", web.page("hop-thu", this::deadlineAdvice));
    routes.post("/phan-anh/{id}/{action}", web.page("hop-thu", this::step));
  }

  // ---- inbox ----

  private void inbox(Context ctx, Actor actor, Chrome chrome) {
    DistrictProfile profile = web.api.useCases.roster().current();
    Map<String, String> f = new LinkedHashMap<>();
    for (String name : List.of("status", "sector", "assignee", "unit", "overdue", "from", "to", "q")) {
      String v = ctx.queryParam(name);
      f.put(name, v == null ? "" : v.strip());
    }
    LocalDate today = web.api.today();
    String error = null;
    String errorField = null;
    PetitionFilter filter;
    try {
      filter = filter(ctx, f, today);
    } catch (HttpProblem e) {
      error = e.getMessage();
      errorField = e.field().orElse(null);
      filter = PetitionFilter.all(today);
    }
    Inbox inbox = Web.value(web.api.useCases.list().list(actor, filter));
    List<Row> rows = inbox.page().items().stream().map(s -> row(profile, s, today)).toList();
    List<StatusCount> counts = new ArrayList<>();
    long total = 0;
    for (Status s : Status.values()) {
      long n = inbox.countsByStatus().getOrDefault(s, 0L);
      total += n;
      counts.add(new StatusCount(s.name(), s.label(), n, s.name().equals(f.get("status"))));
    }
    List<Option> statuses = new ArrayList<>();
    for (Status s : Status.values()) {
      statuses.add(new Option(s.name(), s.label(), s.name().equals(f.get("status"))));
    }
    List<Option> sectors = profile.roster().sectors().stream()
        .map(s -> new Option(s.code().value(), s.name(), s.code().value().equals(f.get("sector")))).toList();
    List<Option> members = profile.roster().people().stream()
        .map(p -> new Option(p.id().value(), p.fullName(), p.id().value().equals(f.get("assignee")))).toList();
    List<Option> units = profile.units().stream()
        .map(u -> new Option(u.id().value(), u.name(), u.id().value().equals(f.get("unit")))).toList();
    String query = query(f);
    String next = inbox.page().nextCursor().map(c -> "/hop-thu?" + query + (query.isEmpty() ? "" : "&") + "cursor="
        + URLEncoder.encode(c, StandardCharsets.UTF_8)).orElse(null);
    String first = ctx.queryParam("cursor") == null ? null : "/hop-thu" + (query.isEmpty() ? "" : "?" + query);
    web.render(ctx, error == null ? 200 : 400, "inbox.jte", new InboxPage(chrome, f, statuses, sectors, members, units,
        counts, total, rows, next, first, error, errorField));
  }

  private static String query(Map<String, String> f) {
    StringBuilder b = new StringBuilder();
    f.forEach((k, v) -> {
      if (!v.isEmpty()) {
        b.append(b.length() == 0 ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
      }
    });
    return b.toString();
  }

  private static PetitionFilter filter(Context ctx, Map<String, String> f, LocalDate today) {
    Optional<Status> status = opt(f.get("status")).map(s -> {
      try {
        return Status.valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw HttpProblem.validation("status", "Trạng thái không hợp lệ");
      }
    });
    Optional<SectorCode> sector = opt(f.get("sector")).map(s -> parse("sector", "Lĩnh vực", () -> SectorCode.of(s)));
    Optional<PersonId> assignee = opt(f.get("assignee")).map(s -> parse("assignee", "Thành viên",
        () -> PersonId.of(s)));
    Optional<UnitId> unit = opt(f.get("unit")).map(s -> parse("unit", "Đơn vị", () -> UnitId.of(s)));
    Optional<Boolean> overdue = opt(f.get("overdue")).map(s -> s.equals("1") || s.equalsIgnoreCase("true"));
    Optional<LocalDate> from = opt(f.get("from")).map(s -> day("from", "Từ ngày", s));
    Optional<LocalDate> to = opt(f.get("to")).map(s -> day("to", "Đến ngày", s));
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw HttpProblem.validation("to", "Đến ngày phải sau hoặc bằng Từ ngày");
    }
    Optional<String> q = opt(f.get("q"));
    if (q.isPresent() && q.get().length() > 200) {
      throw HttpProblem.validation("q", "Chuỗi tìm kiếm dài quá 200 ký tự");
    }
    Optional<Cursor> cursor = opt(ctx.queryParam("cursor")).map(c -> parse("cursor", "Trang", () -> Cursor.decode(c)));
    return new PetitionFilter(status, sector, assignee, unit, overdue, from, to, q, false, today, cursor, 20);
  }

  private static Optional<String> opt(String v) {
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  private static <T> T parse(String field, String label, Supplier<T> f) {
    try {
      return f.get();
    } catch (IllegalArgumentException e) {
      throw HttpProblem.validation(field, label + " không hợp lệ");
    }
  }

  private static LocalDate day(String field, String label, String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(s, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
      } catch (DateTimeParseException e2) {
        throw HttpProblem.validation(field, label + " phải là ngày dạng dd/mm/yyyy");
      }
    }
  }

  private static Row row(DistrictProfile profile, PetitionSummary s, LocalDate today) {
    return new Row(s.id().value(), s.title(), s.status().name(), s.status().label(),
        s.sector().flatMap(profile.roster()::findSector).map(x -> x.name()).orElse("Chưa xác định"),
        profile.roster().findPerson(s.assignee()).map(p -> p.fullName()).orElse(s.assignee().value()),
        s.unit().flatMap(profile::findUnit).map(u -> u.name()).orElse(""), Fmt.time(s.receivedAt()),
        Fmt.date(s.deadline()), s.overdueOn(today), s.complex());
  }

  // ---- one petition ----

  private static PetitionId id(Context ctx) {
    try {
      return PetitionId.of(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw new WebException(404, "Không tìm thấy phản ánh");
    }
  }

  private void petition(Context ctx, Actor actor, Chrome chrome, Optional<Sender> revealed, String error,
      String errorAction, String errorField, int status) {
    Petition p = Web.value(web.api.useCases.get().get(actor, id(ctx)));
    DistrictProfile profile = web.api.useCases.roster().current();
    Set<String> actions = actions(actor, p);
    Optional<String> deadlineText = p.deadline().map(d -> Fmt.date(d) + " ("
        + (p.status() == Status.FORWARDED
            ? Fmt.workingDays(web.api.useCases.deadlines().advise(Optional.of(d)).workingDaysLeft())
            : p.answeredOnTime().map(onTime -> onTime ? "đã trả lời đúng hạn" : "đã trả lời quá hạn")
                .orElse("")) + ")");
    DeadlineAdvice advice = web.api.useCases.deadlines().advise(Optional.empty());
    List<Option> units = profile.units().stream().map(u -> new Option(u.id().value(), u.name(), false)).toList();
    List<Option> members = profile.roster().people().stream().filter(x -> x.role() == Role.MEMBER)
        .map(x -> new Option(x.id().value(), x.fullName() + " — " + x.position(), x.id().equals(p.assignee())))
        .toList();
    List<Option> sectors = profile.roster().sectors().stream()
        .map(s -> new Option(s.code().value(), s.name() + " (" + profile.roster().findPerson(s.owner())
            .map(x -> x.fullName()).orElse("") + ")", p.sector().map(s.code()::equals).orElse(false))).toList();
    SectorKind current = p.kind().isComplaintLike() ? p.kind() : SectorKind.COMPLAINT;
    List<Option> kinds = EnumSet.of(SectorKind.COMPLAINT, SectorKind.DENUNCIATION, SectorKind.CORRUPTION).stream()
        .map(k -> new Option(k.name(), k.label(), k == current)).toList();
    Map<String, String> guidance = new LinkedHashMap<>();
    for (SectorKind k : EnumSet.of(SectorKind.COMPLAINT, SectorKind.DENUNCIATION, SectorKind.CORRUPTION)) {
      guidance.put(k.name(), ComplaintGuidance.replyFor(k));
    }
    Optional<ForwardingDocument> doc = p.document();
    String subject = doc.map(ForwardingDocument::subject).orElse("Chuyển phản ánh, kiến nghị: " + p.title());
    String body = doc.map(ForwardingDocument::body).orElse("Tổ công tác tiếp nhận và xử lý thông tin nhận được phản "
        + "ánh, kiến nghị \"" + p.title() + "\" trên Hệ thống kết nối người dân, doanh nghiệp với chính quyền. "
        + "Đề nghị cơ quan, đơn vị xem xét, giải quyết và trả lời công dân theo quy định.");
    String recipients = doc.map(d -> String.join("\n", d.recipients())).orElse(String.join("\n",
        "Như trên;", "Chủ tịch, các Phó Chủ tịch UBND " + profile.districtName() + ";",
        "Thành viên Tổ công tác;", "Lưu: VT."));
    String signHint = null;
    if (actor.role() == ActorRole.DEPUTY && !actor.leaderPowers() && doc.map(d -> !d.signed()).orElse(false)) {
      signHint = "Tổ phó chỉ ký văn bản chuyển khi được Tổ trưởng ủy quyền; hiện chưa có ủy quyền còn hiệu lực.";
    }
    // who looked at the sender's details: shown to the leader and the deputy, the only ones the log opens to
    List<SenderAccess> accesses = List.of();
    if (actor.role() == ActorRole.LEADER || actor.role() == ActorRole.DEPUTY) {
      var log = web.api.useCases.reveal().accessLog(actor, p.id());
      if (log.succeeded()) {
        accesses = log.orElseThrow();
      }
    }
    web.render(ctx, status, "petition.jte", new PetitionPage(chrome, p, profile, revealed, actions, deadlineText,
        advice, units, members, sectors, kinds, guidance, subject, body, recipients, signHint, accesses, error,
        errorAction, errorField));
  }

  /** The steps this actor may take on the petition as it stands: what the page offers, nothing more. */
  static Set<String> actions(Actor actor, Petition p) {
    Set<String> out = new TreeSet<>();
    Status s = p.status();
    boolean triage = PetitionAccess.allowed(actor, PetitionAction.TRIAGE, p);
    boolean early = s == Status.ASSIGNED || s == Status.CONTACTING;
    boolean triageStage = early || s == Status.VERIFIED;
    if (PetitionAccess.allowed(actor, PetitionAction.VIEW_SENDER, p)) {
      out.add("nguoi-gui");
    }
    if (triage) {
      // the page sees the sender masked: offer the call or e-mail when a name and a phone or e-mail were given;
      // whether they are valid, the step itself decides (and says why not)
      Sender masked = p.sender();
      if (early && masked.name().isPresent() && (masked.phone().isPresent() || masked.email().isPresent())) {
        out.add("lien-he");
      }
      if (triageStage) {
        out.add("tu-lieu");
        out.add("phuc-tap");
      }
      if (s == Status.CONTACTING) {
        out.add("xac-minh");
      }
      if (early && p.contactAttempts().stream().noneMatch(a -> a.reached())) {
        out.add("khong-lien-he-duoc");
      }
      if (triageStage && p.kind().isComplaintLike()) {
        out.add("huong-dan");
      }
      if (s.open() && !p.opinionPending()) {
        out.add("xin-y-kien");
      }
      if (s.open() && !p.document().map(ForwardingDocument::signed).orElse(false)) {
        out.add("du-thao");
      }
      if (s == Status.VERIFIED && !p.kind().isComplaintLike()) {
        out.add("chuyen");
      }
      if (s == Status.UNIT_ANSWERED) {
        out.add("tra-loi");
      }
    }
    if (!p.evidence().isEmpty() && PetitionAccess.allowed(actor, PetitionAction.VIEW, p) && actor.role().triage()) {
      out.add("tai-tu-lieu");
    }
    if (p.document().isPresent() && PetitionAccess.allowed(actor, PetitionAction.VIEW, p)) {
      out.add("tai-van-ban");
    }
    if (p.opinionPending() && PetitionAccess.allowed(actor, PetitionAction.GIVE_OPINION, p) && s.open()) {
      out.add("cho-y-kien");
    }
    if (p.document().map(d -> !d.signed()).orElse(false) && s.open()
        && PetitionAccess.allowed(actor, PetitionAction.SIGN_DOCUMENT, p)) {
      out.add("ky");
    }
    if ((s.beforeForwarding()) && PetitionAccess.allowed(actor, PetitionAction.REASSIGN, p)) {
      out.add("phan-cong");
    }
    if (s == Status.UNREACHABLE && PetitionAccess.allowed(actor, PetitionAction.ANSWER_AS_RECEPTION, p)) {
      out.add("tiep-nhan-tra-loi");
    }
    if (s == Status.FORWARDED && PetitionAccess.allowed(actor, PetitionAction.ANSWER_AS_UNIT, p)) {
      out.add("don-vi-tra-loi");
    }
    if ((s == Status.REPLIED || s == Status.GUIDED) && PetitionAccess.allowed(actor, PetitionAction.CLOSE, p)) {
      out.add("ket-thuc");
    }
    return out;
  }

  private void reveal(Context ctx, Actor actor, Chrome chrome) {
    Sender sender = Web.value(web.api.useCases.reveal().reveal(actor, id(ctx), "Xem thông tin người gửi (trang web)"));
    petition(ctx, actor, chrome, Optional.of(sender), null, null, null, 200);
  }

  private void evidenceZip(Context ctx, Actor actor, Chrome chrome) throws IOException {
    EvidenceArchive archive = Web.value(web.api.useCases.evidenceArchive().export(actor, id(ctx)));
    ctx.contentType("application/zip").header("Cache-Control", "no-store")
        .header("Content-Disposition", "attachment; filename=\"" + archive.fileName() + "\"");
    try (OutputStream out = ctx.outputStream()) {
      archive.writeTo(out);
    }
  }

  private void evidenceFile(Context ctx, Actor actor, Chrome chrome) throws IOException {
    StoredFile file = Web.value(web.api.useCases.openEvidence().open(actor, id(ctx), ctx.pathParam("evidence")));
    String ascii = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    ctx.contentType("application/octet-stream").header("Cache-Control", "no-store")
        .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    try (InputStream in = file.opener().open(); OutputStream out = ctx.outputStream()) {
      in.transferTo(out);
    }
  }

  private void document(Context ctx, Actor actor, Chrome chrome) throws IOException {
    Petition p = Web.value(web.api.useCases.get().get(actor, id(ctx)));
    ForwardingDocument doc = p.document().orElseThrow(() ->
        new WebException(404, "Phản ánh này chưa có dự thảo văn bản chuyển"));
    byte[] bytes = ForwardingDocx.write(web.api.useCases.roster().current(), p, doc);
    ctx.contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        .header("Cache-Control", "no-store")
        .header("Content-Disposition", "attachment; filename=\"van-ban-chuyen-" + p.id().value() + ".docx\"")
        .result(bytes);
  }

  /** The forwarding form's hint for a chosen deadline: working days left, or why it cannot be the deadline. */
  private void deadlineAdvice(Context ctx, Actor actor, Chrome chrome) {
    Optional<LocalDate> chosen;
    try {
      chosen = opt(ctx.queryParam("deadline")).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      chosen = Optional.empty();
    }
    DeadlineAdvice a = web.api.useCases.deadlines().advise(chosen);
    String text = a.problem().orElse("Hạn trả lời " + Fmt.date(a.deadline()) + ": " + a.workingDaysLeft()
        + " ngày làm việc kể từ hôm nay");
    ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-store")
        .result("<span id=\"deadline-advice\" class=\"" + (a.problem().isPresent() ? "field-error" : "hint")
            + "\" aria-live=\"polite\">" + escape(text) + "</span>");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  // ---- steps ----

  private void step(Context ctx, Actor actor, Chrome chrome) throws IOException {
    String action = ctx.pathParam("action");
    PetitionId id = id(ctx);
    try {
      run(ctx, actor, id, action);
    } catch (HttpProblem e) {
      petition(ctx, actor, chrome, Optional.empty(), e.getMessage(), action, e.field().orElse(null), e.status());
      return;
    }
    Web.redirect(ctx, "/phan-anh/" + URLEncoder.encode(id.value(), StandardCharsets.UTF_8) + "?ok=" + action);
  }

  private void run(Context ctx, Actor actor, PetitionId id, String action) throws IOException {
    var uc = web.api.useCases;
    OptionalLong v = Web.version(ctx);
    switch (action) {
      case "lien-he" -> {
        ContactMethod method = enumValue(ctx, "method", ContactMethod.class, "Chọn gọi điện hoặc email");
        Web.value(uc.contact().recordContactAttempt(actor, command(() -> new RecordContactAttemptCommand(id, method,
            "1".equals(ctx.formParam("reached")), Web.form(ctx, "note", 4000).orElse(""), v))));
      }
      case "tu-lieu" -> attach(ctx, actor, id);
      case "xac-minh" -> Web.value(uc.verify().verify(actor, new VerifyPetitionCommand(id, v)));
      case "khong-lien-he-duoc" -> Web.value(uc.unreachable().markUnreachable(actor,
          new MarkUnreachableCommand(id, v)));
      case "huong-dan" -> {
        SectorKind kind = enumValue(ctx, "kind", SectorKind.class, "Chọn khiếu nại, tố cáo hoặc tham nhũng");
        Web.value(uc.guide().guide(actor, new GuideComplaintCommand(id, kind, v)));
      }
      case "phuc-tap" -> Web.value(uc.flagComplex().flag(actor, command(() -> new FlagComplexCommand(id,
          Web.required(ctx, "reason", 2000, "Lý do"), v))));
      case "xin-y-kien" -> Web.value(uc.requestOpinion().request(actor, command(() -> new RequestOpinionCommand(id,
          Web.required(ctx, "question", 4000, "Nội dung xin ý kiến"), v))));
      case "cho-y-kien" -> Web.value(uc.giveOpinion().give(actor, command(() -> new GiveOpinionCommand(id,
          Web.required(ctx, "text", 4000, "Nội dung ý kiến"), v))));
      case "du-thao" -> {
        List<String> recipients = Web.form(ctx, "recipients", 9000).map(r -> r.lines().map(String::strip)
            .filter(l -> !l.isEmpty()).toList()).orElse(List.of());
        if (recipients.size() > 30) {
          throw HttpProblem.validation("recipients", "Nơi nhận tối đa 30 dòng");
        }
        Web.value(uc.draftDocument().draft(actor, command(() -> new DraftForwardingDocumentCommand(id,
            Web.required(ctx, "subject", 300, "Trích yếu (V/v)"), Web.required(ctx, "body", 20_000, "Nội dung"),
            recipients, v))));
      }
      case "ky" -> Web.value(uc.signDocument().sign(actor, new SignForwardingDocumentCommand(id, v)));
      case "chuyen" -> {
        UnitId unit = Web.form(ctx, "unit", 64).map(u -> parse("unit", "Đơn vị", () -> UnitId.of(u)))
            .orElseThrow(() -> HttpProblem.validation("unit", "Chọn đơn vị tiếp nhận xử lý"));
        Optional<LocalDate> deadline = Web.form(ctx, "deadline", 10).map(d -> day("deadline", "Hạn trả lời", d));
        Web.value(uc.forward().forward(actor, command(() -> new ForwardPetitionCommand(id, unit,
            Web.required(ctx, "instructions", 4000, "Nội dung hướng dẫn đơn vị"), deadline, v))));
      }
      case "phan-cong" -> {
        PersonId to = Web.form(ctx, "to", 64).map(t -> parse("to", "Thành viên", () -> PersonId.of(t)))
            .orElseThrow(() -> HttpProblem.validation("to", "Chọn thành viên"));
        Optional<SectorCode> sector = Web.form(ctx, "sector", 64).map(s -> parse("sector", "Lĩnh vực",
            () -> SectorCode.of(s)));
        Web.value(uc.reassign().reassign(actor, command(() -> new ReassignPetitionCommand(id, to, sector,
            Web.form(ctx, "reason", 2000).orElse(""), v))));
      }
      case "tiep-nhan-tra-loi" -> Web.value(uc.receptionAnswer().answer(actor, command(() ->
          new AnswerAsReceptionCommand(id, Web.required(ctx, "text", 20_000, "Nội dung trả lời"), v))));
      case "don-vi-tra-loi" -> Web.value(uc.unitAnswer().answer(actor, command(() ->
          new RecordUnitAnswerCommand(id, Web.required(ctx, "text", 20_000, "Nội dung trả lời"), v))));
      case "tra-loi" -> Web.value(uc.reply().reply(actor, command(() ->
          new ReplyToCitizenCommand(id, Web.required(ctx, "text", 20_000, "Nội dung trả lời"), v))));
      case "ket-thuc" -> Web.value(uc.close().close(actor, new ClosePetitionCommand(id, v)));
      default -> throw new WebException(404, "Không có thao tác này");
    }
  }

  private void attach(Context ctx, Actor actor, PetitionId id) throws IOException {
    if (!ctx.isMultipartFormData()) {
      throw HttpProblem.validation("file", "Chọn tệp tư liệu để tải lên");
    }
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.filename() == null || file.filename().isBlank()) {
      throw HttpProblem.validation("file", "Chọn tệp tư liệu để tải lên");
    }
    EvidenceKind kind = enumValue(ctx, "kind", EvidenceKind.class, "Chọn loại tư liệu");
    boolean consent = Web.checked(ctx, "consent");
    if (kind == EvidenceKind.RECORDING && !consent) {
      throw HttpProblem.validation("consent",
          "Bản ghi âm: cần xác nhận đã xin ý kiến và thông báo cho công dân về việc ghi âm");
    }
    String name = file.filename().replaceAll(".*[\\\\/]", "");
    String type = file.contentType() == null || file.contentType().isBlank() ? "application/octet-stream"
        : file.contentType();
    try (InputStream in = file.content()) {
      Web.value(web.api.useCases.attachEvidence().attach(actor, command(() ->
          new AttachEvidenceCommand(id, name, type, kind, consent, consent, in))));
    }
  }

  private static <E extends Enum<E>> E enumValue(Context ctx, String field, Class<E> type, String message) {
    String v = ctx.formParam(field);
    if (v == null || v.isBlank()) {
      throw HttpProblem.validation(field, message);
    }
    try {
      return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw HttpProblem.validation(field, message);
    }
  }

  private static <T> T command(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw HttpProblem.fromInvalid(e);
    }
  }
}
