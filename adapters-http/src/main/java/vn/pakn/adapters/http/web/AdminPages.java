package vn.pakn.adapters.http.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import vn.pakn.adapters.http.HttpProblem;
import vn.pakn.adapters.http.ProfileDocuments;
import vn.pakn.application.port.in.ManageAccountsUseCase.CreateAccountCommand;
import vn.pakn.application.port.in.ManageApiKeysUseCase.CreatedKey;
import vn.pakn.application.port.out.Account;
import vn.pakn.application.port.out.ApiKey;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.access.ActorRole;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.roster.Delegation;
import vn.pakn.domain.roster.PersonId;

/**
 * Administration ({@code /quan-tri}): accounts (create, invite, reset password, enable/disable, role), delegation to the
 * deputy with dates, API keys; the roster, sectors and units read-only. The use cases decide who may.
 */
public final class AdminPages {

  /** The administration page's model; {@code newKey} is shown once, right after it is created. */
  public record AdminPage(Chrome chrome, boolean leader, List<Account> accounts, List<Delegation> delegations,
      List<ApiKey> keys, DistrictProfile profile, List<ActorRole> roles, String newKey, String newInvitation,
      String error, String errorSection, String errorField) {

    public boolean errorIn(String section) {
      return error != null && section.equals(errorSection);
    }

    public String personName(PersonId id) {
      return profile.roster().findPerson(id).map(p -> p.fullName()).orElse(id.value());
    }
  }

  private final Web web;
  private final ProfileDocuments profiles;

  AdminPages(Web web, ProfileDocuments profiles) {
    this.web = web;
    this.profiles = profiles;
  }

  void register(RoutesConfig routes) {
    routes.get("/quan-tri", web.page("quan-tri", (ctx, actor, chrome) -> render(ctx, actor, chrome, 200, null, null,
        null, null)));
    routes.post("/quan-tri/tai-khoan", web.page("quan-tri", (ctx, a, c) -> act(ctx, a, c, "tai-khoan",
        () -> createAccount(ctx, a))));
    routes.post("/quan-tri/tai-khoan/{id}/mat-khau", web.page("quan-tri", (ctx, a, c) -> act(ctx, a, c, "tai-khoan",
        () -> Web.value(web.api.useCases.accounts().setPassword(a, ctx.pathParam("id"),
            Web.required(ctx, "password", 200, "Mật khẩu mới"))))));
    routes.post("/quan-tri/tai-khoan/{id}/trang-thai", web.page("quan-tri", (ctx, a, c) -> act(ctx, a, c,
        "tai-khoan", () -> Web.value(web.api.useCases.accounts().setEnabled(a, ctx.pathParam("id"),
            "1".equals(ctx.formParam("enabled")))))));
    routes.post("/quan-tri/tai-khoan/{id}/vai-tro", web.page("quan-tri", (ctx, a, c) -> act(ctx, a, c, "tai-khoan",
        () -> Web.value(web.api.useCases.accounts().changeRole(a, ctx.pathParam("id"), role(ctx),
            Web.form(ctx, "person", 64).map(PersonId::of), Web.form(ctx, "unit", 64).map(UnitId::of))))));
    routes.post("/quan-tri/uy-quyen", web.page("quan-tri", (ctx, a, c) -> act(ctx, a, c, "uy-quyen",
        () -> Web.value(web.api.useCases.delegations().delegate(a, PersonId.of(Web.required(ctx, "deputy", 64,
            "Tổ phó")), day(ctx, "from", "Từ ngày"), day(ctx, "until", "Đến ngày"))))));
    routes.post("/quan-tri/uy-quyen/thu-hoi", web.page("quan-tri", (ctx, a, c) -> act(ctx, a, c, "uy-quyen",
        () -> Web.value(web.api.useCases.delegations().revoke(a, new Delegation(
            PersonId.of(Web.required(ctx, "from", 64, "Người ủy quyền")),
            PersonId.of(Web.required(ctx, "to", 64, "Người được ủy quyền")),
            day(ctx, "validFrom", "Từ ngày"), day(ctx, "validUntil", "Đến ngày")))))));
    routes.post("/quan-tri/tai-khoan/{id}/moi", web.page("quan-tri", this::invite));
    routes.post("/quan-tri/khoa-api", web.page("quan-tri", this::createKey));
    routes.get("/quan-tri/ho-so-huyen.json", web.page("quan-tri", this::downloadProfile));
    routes.post("/quan-tri/ho-so-huyen", web.page("quan-tri", (ctx, a, c) -> act(ctx, a, c, "ho-so",
        () -> replaceProfile(ctx, a))));
    routes.post("/quan-tri/khoa-api/{id}/thu-hoi", web.page("quan-tri", (ctx, a, c) -> act(ctx, a, c, "khoa-api",
        () -> Web.value(web.api.useCases.apiKeys().revoke(a, ctx.pathParam("id"))))));
  }

  private void render(Context ctx, Actor actor, Chrome chrome, int status, String newKey, String error,
      String section, String field) {
    renderPage(ctx, actor, chrome, status, newKey, null, error, section, field);
  }

  private void renderPage(Context ctx, Actor actor, Chrome chrome, int status, String newKey, String newInvitation,
      String error, String section, String field) {
    if (!chrome.admin()) {
      throw new WebException(403, "Chỉ Tổ trưởng (hoặc Tổ phó được ủy quyền) dùng trang quản trị");
    }
    List<Account> accounts = Web.value(web.api.useCases.accounts().list(actor));
    List<ApiKey> keys = web.api.useCases.apiKeys().list(actor).succeeded()
        ? web.api.useCases.apiKeys().list(actor).orElseThrow() : List.of();
    web.render(ctx, status, "admin.jte", new AdminPage(chrome, actor.role() == ActorRole.LEADER, accounts,
        web.api.useCases.delegations().list(), keys, web.api.useCases.roster().current(), List.of(ActorRole.values()),
        newKey, newInvitation, error, section, field));
  }

  private void act(Context ctx, Actor actor, Chrome chrome, String section, Runnable step) {
    try {
      step.run();
    } catch (HttpProblem e) {
      render(ctx, actor, chrome, e.status(), null, e.getMessage(), section, e.field().orElse(null));
      return;
    } catch (IllegalArgumentException e) {
      HttpProblem p = HttpProblem.fromInvalid(e);
      render(ctx, actor, chrome, 400, null, p.getMessage(), section, p.field().orElse(null));
      return;
    }
    Web.redirect(ctx, "/quan-tri?ok=" + section);
  }

  private void createAccount(Context ctx, Actor actor) {
    CreateAccountCommand command = new CreateAccountCommand(Web.required(ctx, "username", 64, "Tên đăng nhập"),
        Web.required(ctx, "displayName", 200, "Tên hiển thị"), role(ctx),
        Web.form(ctx, "person", 64).map(PersonId::of), Web.form(ctx, "unit", 64).map(UnitId::of),
        Web.form(ctx, "password", 200));
    Web.value(web.api.useCases.accounts().create(actor, command));
  }

  private void createKey(Context ctx, Actor actor, Chrome chrome) {
    CreatedKey key;
    try {
      key = Web.value(web.api.useCases.apiKeys().create(actor, Web.required(ctx, "name", 200, "Tên khóa")));
    } catch (HttpProblem e) {
      render(ctx, actor, chrome, e.status(), null, e.getMessage(), "khoa-api", e.field().orElse(null));
      return;
    }
    render(ctx, actor, chrome, 200, key.key(), null, null, null);
  }

  /** The profile in force as the documented file, for the leader to edit and upload back. */
  private void downloadProfile(Context ctx, Actor actor, Chrome chrome) {
    if (!chrome.admin()) {
      throw new WebException(403, "Chỉ Tổ trưởng (hoặc Tổ phó được ủy quyền) dùng trang quản trị");
    }
    DistrictProfile current = web.api.useCases.roster().current();
    ctx.header("Content-Disposition", "attachment; filename=\"ho-so-huyen.json\"");
    ctx.contentType("application/json; charset=utf-8").result(profiles.write(current));
  }

  /** R7: the leader replaces the roster, sectors, units and deadline rules with an edited profile file. */
  private void replaceProfile(Context ctx, Actor actor) {
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.size() == 0) {
      throw HttpProblem.validation("file", "Chọn tệp hồ sơ huyện (.json) để tải lên");
    }
    DistrictProfile next;
    try (InputStream in = file.content()) {
      next = profiles.read(in);
    } catch (IOException e) {
      throw HttpProblem.validation("file", "Không đọc được tệp tải lên");
    }
    Web.value(web.api.useCases.roster().replace(actor, next));
  }

  /** A one-time invitation link, shown once to the leader to pass on (valid three days). */
  private void invite(Context ctx, Actor actor, Chrome chrome) {
    String link;
    try {
      var issued = Web.value(web.api.useCases.accounts().invite(actor, ctx.pathParam("id")));
      link = ctx.scheme() + "://" + ctx.host() + InvitationPages.PATH + issued.token();
    } catch (HttpProblem e) {
      render(ctx, actor, chrome, e.status(), null, e.getMessage(), "tai-khoan", e.field().orElse(null));
      return;
    }
    renderPage(ctx, actor, chrome, 200, null, link, null, null, null);
  }

  private static ActorRole role(Context ctx) {
    String v = Web.required(ctx, "role", 20, "Vai trò");
    try {
      return ActorRole.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw HttpProblem.validation("role", "Vai trò không hợp lệ");
    }
  }

  private static LocalDate day(Context ctx, String field, String label) {
    String v = Web.required(ctx, field, 10, label);
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw HttpProblem.validation(field, label + " phải là ngày hợp lệ");
    }
  }
}
