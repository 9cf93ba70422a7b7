package vn.pakn.adapters.http.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.pakn.adapters.http.Api;
import vn.pakn.adapters.http.Authentication;
import vn.pakn.adapters.http.HttpProblem;
import vn.pakn.adapters.http.TokenService;
import vn.pakn.application.port.in.Outcome;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.access.ActorRole;

/**
 * What every page handler shares: the signed-in actor from the session cookie (or the login page), the
 * CSRF check on every POST, the page chrome, rendering the precompiled templates, and errors as pages.
 */
public final class Web {

  static final String CSRF_FIELD = "_csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String CSRF_PURPOSE = "web-csrf";

  /** The confirmations a page shows after a step succeeded, by the key its redirect carries. */
  private static final Map<String, String> FLASH = Map.ofEntries(
      Map.entry("lien-he", "Đã ghi nhận lần liên hệ người gửi."),
      Map.entry("tu-lieu", "Đã đính kèm tư liệu xác minh."),
      Map.entry("xac-minh", "Đã nhập thông tin xác minh: phản ánh ở trạng thái Đã xác minh."),
      Map.entry("khong-lien-he-duoc", "Đã ghi thông tin xác minh và chuyển Tổ tiếp nhận trả lời công dân."),
      Map.entry("huong-dan", "Đã trả lời hướng dẫn công dân gửi đơn đến cơ quan có thẩm quyền."),
      Map.entry("phuc-tap", "Đã đánh dấu phản ánh phức tạp."),
      Map.entry("xin-y-kien", "Đã gửi xin ý kiến Tổ trưởng, Tổ phó."),
      Map.entry("cho-y-kien", "Đã cho ý kiến."),
      Map.entry("du-thao", "Đã lưu dự thảo văn bản chuyển."),
      Map.entry("ky", "Đã ký ban hành văn bản chuyển."),
      Map.entry("chuyen", "Đã cập nhật: phản ánh được chuyển đơn vị xử lý."),
      Map.entry("phan-cong", "Đã phân công lại."),
      Map.entry("tiep-nhan-tra-loi", "Tổ tiếp nhận đã trả lời công dân."),
      Map.entry("don-vi-tra-loi", "Đã gửi trả lời của đơn vị."),
      Map.entry("tra-loi", "Đã trả lời công dân."),
      Map.entry("ket-thuc", "Đã kết thúc xử lý phản ánh."),
      Map.entry("da-doc", "Đã đánh dấu đã đọc."),
      Map.entry("tai-khoan", "Đã lưu tài khoản."),
      Map.entry("uy-quyen", "Đã lưu ủy quyền."),
      Map.entry("khoa-api", "Đã thu hồi khóa API."),
      Map.entry("ho-so", "Đã áp dụng hồ sơ huyện mới."));

  /** A page handler, given the signed-in actor and the chrome. */
  @FunctionalInterface
  interface PageHandler {
    void handle(Context ctx, Actor actor, Chrome chrome) throws Exception;
  }

  final Api api;
  final TokenService tokens;
  final Duration sessionLifetime;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  Web(Api api, TokenService tokens, Duration sessionLifetime) {
    this.api = api;
    this.tokens = tokens;
    this.sessionLifetime = sessionLifetime;
  }

  /** A handler for signed-in users; POSTs must carry the session's CSRF token. */
  Handler page(String nav, PageHandler handler) {
    return ctx -> {
      secureHeaders(ctx);
      String session = ctx.cookie(Authentication.SESSION_COOKIE);
      Optional<Actor> actor = api.auth.optional(ctx);
      if (actor.isEmpty()) {
        boolean expired = session != null && !session.isEmpty();
        if (expired) {
          ctx.removeCookie(Authentication.SESSION_COOKIE, "/");
        }
        String back = "GET".equals(ctx.method().name()) ? ctx.path() : "/hop-thu";
        ctx.redirect("/?" + (expired ? "het-han=1&" : "") + "tiep=" + java.net.URLEncoder.encode(back,
            StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
        return;
      }
      String csrf = csrfFor(session);
      if ("POST".equals(ctx.method().name()) && !csrfMatches(ctx, csrf)) {
        error(ctx, 403, "Yêu cầu bị từ chối: thiếu hoặc sai mã chống giả mạo (CSRF). Hãy tải lại trang và thử lại.");
        return;
      }
      Actor a = actor.get();
      Chrome chrome = new Chrome(a.displayName(), a.role().label(), api.useCases.notifications().unreadCount(a), csrf,
          a.role().triage(), a.role() == ActorRole.LEADER || a.leaderPowers(), nav,
          Optional.ofNullable(ctx.queryParam("ok")).map(FLASH::get).orElse(null));
      try {
        handler.handle(ctx, a, chrome);
      } catch (WebException e) {
        error(ctx, e.status(), e.getMessage());
      } catch (HttpProblem e) {
        error(ctx, e.status(), e.getMessage());
      }
    };
  }

  String csrfFor(String session) {
    return tokens.derive(CSRF_PURPOSE, session == null ? "" : session);
  }

  private static boolean csrfMatches(Context ctx, String expected) {
    String given = ctx.header(CSRF_HEADER);
    if (given == null) {
      given = ctx.formParam(CSRF_FIELD);
    }
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Before a session exists (login, invitation), a form's CSRF token is a random value also set as a
   * SameSite=Strict cookie on {@code path}: a double submit that {@link #doubleSubmitMatches} checks.
   */
  static String doubleSubmitToken(Context ctx, String cookie, String path) {
    byte[] bytes = new byte[24];
    new java.security.SecureRandom().nextBytes(bytes);
    String value = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ctx.cookie(new io.javalin.http.Cookie(cookie, value, path, -1, false, true, null, io.javalin.http.SameSite.STRICT));
    return value;
  }

  static boolean doubleSubmitMatches(Context ctx, String cookie) {
    String expected = ctx.cookie(cookie);
    String given = ctx.formParam(CSRF_FIELD);
    return expected != null && given != null && java.security.MessageDigest.isEqual(
        expected.getBytes(java.nio.charset.StandardCharsets.UTF_8), given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static void secureHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
  }

  /** Starts the session: the signed token in an HttpOnly, SameSite=Strict cookie that expires with the token. */
  void startSession(Context ctx, TokenService.Token token) {
    Cookie cookie = new Cookie(Authentication.SESSION_COOKIE, token.value(), "/", (int) sessionLifetime.toSeconds(),
        false, true, null, SameSite.STRICT);
    ctx.cookie(cookie);
  }

  void render(Context ctx, int status, String template, Object model) {
    StringOutput out = new StringOutput();
    templates.render(template, model, out);
    ctx.status(status).header("Cache-Control", "no-store").contentType("text/html; charset=utf-8")
        .result(out.toString());
  }

  void render(Context ctx, String template, Object model) {
    render(ctx, 200, template, model);
  }

  void error(Context ctx, int status, String message) {
    render(ctx, status, "error.jte", new ErrorPage(status, message, api.auth.optional(ctx).isPresent()));
  }

  /** The model of the error page. */
  public record ErrorPage(int status, String message, boolean signedIn) {}

  /** The value of a success; a failure becomes the error (status and message) shown on the page. */
  static <T> T value(Outcome<T> outcome) {
    return Api.value(outcome);
  }

  static void redirect(Context ctx, String to) {
    ctx.redirect(to, HttpStatus.SEE_OTHER);
  }

  static Optional<String> form(Context ctx, String name, int max) {
    String v = ctx.formParam(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    if (v.length() > max) {
      throw HttpProblem.validation(name, "dài quá " + max + " ký tự");
    }
    return Optional.of(v.strip());
  }

  static String required(Context ctx, String name, int max, String label) {
    return form(ctx, name, max).orElseThrow(() -> HttpProblem.validation(name, label + " không được để trống"));
  }

  static OptionalLong version(Context ctx) {
    try {
      return form(ctx, "version", 20).map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
    } catch (NumberFormatException e) {
      throw HttpProblem.validation("version", "phiên bản không hợp lệ");
    }
  }

  static boolean checked(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v != null && !v.isBlank() && !"false".equals(v);
  }
}
