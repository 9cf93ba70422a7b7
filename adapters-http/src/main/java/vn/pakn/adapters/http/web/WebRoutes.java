package vn.pakn.adapters.http.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.pakn.adapters.http.Api;
import vn.pakn.adapters.http.AuthRoutes;
import vn.pakn.adapters.http.Authentication;
import vn.pakn.adapters.http.HttpProblem;
import vn.pakn.adapters.http.ProfileDocuments;
import vn.pakn.adapters.http.RouteModule;
import vn.pakn.adapters.http.TokenService;
import vn.pakn.application.port.out.Account;
import vn.pakn.application.port.out.Notification;
import vn.pakn.domain.access.Actor;

/**
 * The working group's web pages, in Vietnamese: login at {@code /}, the inbox, each petition and its steps,
 * the forwarding document, notifications, reports, the handbook and administration.
 */
public final class WebRoutes implements RouteModule {

  private static final String LOGIN_CSRF_COOKIE = "pakn_login";

  private final Web web;
  private final AuthRoutes auth;
  private final PetitionPages petitions;
  private final ReportPages reports;
  private final AdminPages admin;

  public WebRoutes(Api api, TokenService tokens, AuthRoutes auth, ProfileDocuments profiles, Duration sessionLifetime) {
    this.web = new Web(api, tokens, sessionLifetime);
    this.auth = auth;
    this.petitions = new PetitionPages(web);
    this.reports = new ReportPages(web);
    this.admin = new AdminPages(web, profiles);
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/", this::loginPage);
    routes.post("/dang-nhap", this::login);
    routes.post("/dang-xuat", web.page("", this::logout));
    routes.get("/thong-bao", web.page("thong-bao", this::notifications));
    routes.post("/thong-bao/{id}/da-doc", web.page("thong-bao", this::markRead));
    routes.get("/huong-dan", web.page("huong-dan", (ctx, actor, chrome) ->
        web.render(ctx, "help.jte", new HelpPage(chrome, actor.role().name()))));
    petitions.register(routes);
    reports.register(routes);
    admin.register(routes);
    new InvitationPages(web).register(routes);
  }

  /** The login page's model. */
  public record LoginPage(String csrf, String username, String error, String field, String notice, String next) {}

  /** The handbook's model: the reader's role opens their section first. */
  public record HelpPage(Chrome chrome, String role) {}

  /** The notifications page's model. */
  public record NotificationsPage(Chrome chrome, List<Notification> items) {}

  private void loginPage(Context ctx) {
    Web.secureHeaders(ctx);
    if (web.api.auth.optional(ctx).isPresent()) {
      Web.redirect(ctx, "/hop-thu");
      return;
    }
    String notice = ctx.queryParam("het-han") != null ? "Phiên đăng nhập đã hết hạn, xin đăng nhập lại."
        : ctx.queryParam("da-thoat") != null ? "Đã đăng xuất."
        : ctx.queryParam("mat-khau-moi") != null ? "Đã đặt mật khẩu. Hãy đăng nhập." : null;
    web.render(ctx, "login.jte", new LoginPage(loginCsrf(ctx), "", null, null, notice, next(ctx.queryParam("tiep"))));
  }

  private static String loginCsrf(Context ctx) {
    return Web.doubleSubmitToken(ctx, LOGIN_CSRF_COOKIE, "/");
  }


  private void login(Context ctx) {
    Web.secureHeaders(ctx);
    if (!Web.doubleSubmitMatches(ctx, LOGIN_CSRF_COOKIE)) {
      web.error(ctx, 403, "Yêu cầu bị từ chối: thiếu hoặc sai mã chống giả mạo (CSRF). Hãy tải lại trang đăng nhập.");
      return;
    }
    String username = Optional.ofNullable(ctx.formParam("username")).map(String::strip).orElse("");
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    String next = next(ctx.formParam("tiep"));
    if (username.isEmpty() || username.length() > 64) {
      web.render(ctx, 400, "login.jte", new LoginPage(loginCsrf(ctx), username,
          "Nhập tên đăng nhập", "username", null, next));
      return;
    }
    if (password.isEmpty() || password.length() > 200) {
      web.render(ctx, 400, "login.jte", new LoginPage(loginCsrf(ctx), username, "Nhập mật khẩu", "password", null,
          next));
      return;
    }
    Account account;
    try {
      account = auth.login(username, password);
    } catch (HttpProblem e) {
      web.render(ctx, e.status(), "login.jte", new LoginPage(loginCsrf(ctx), username, e.getMessage(),
          e.field().orElse("password"), null, next));
      return;
    }
    web.startSession(ctx, web.tokens.issue(account.id()));
    ctx.removeCookie(LOGIN_CSRF_COOKIE, "/");
    Web.redirect(ctx, next);
  }

  /** Only a local path: never an address elsewhere. */
  private static String next(String wanted) {
    if (wanted == null || !wanted.startsWith("/") || wanted.startsWith("//") || wanted.contains("\\")
        || wanted.length() > 200 || wanted.equals("/")) {
      return "/hop-thu";
    }
    return wanted;
  }

  private void logout(Context ctx, Actor actor, Chrome chrome) {
    ctx.removeCookie(Authentication.SESSION_COOKIE, "/");
    Web.redirect(ctx, "/?da-thoat=1");
  }

  private void notifications(Context ctx, Actor actor, Chrome chrome) {
    web.render(ctx, "notifications.jte", new NotificationsPage(chrome,
        web.api.useCases.notifications().list(actor, false)));
  }

  private void markRead(Context ctx, Actor actor, Chrome chrome) {
    if (!web.api.useCases.notifications().markRead(actor, ctx.pathParam("id"))) {
      throw new WebException(404, "Không tìm thấy thông báo");
    }
    Web.redirect(ctx, "/thong-bao?ok=da-doc");
  }
}
