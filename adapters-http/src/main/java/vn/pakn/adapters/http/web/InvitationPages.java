package vn.pakn.adapters.http.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import vn.pakn.adapters.http.HttpProblem;

/**
 * The invitation page ({@code /moi/{token}}): the owner of an invited account sets a password, without logging
 * in; the link works once. The form carries a double-submit CSRF token, as the login form does.
 */
public final class InvitationPages {

  static final String PATH = "/moi/";
  private static final String CSRF_COOKIE = "pakn_invite";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The page's model. */
  public record InvitationPage(String token, String csrf, String error) {}

  private final Web web;

  InvitationPages(Web web) {
    this.web = web;
  }

  void register(RoutesConfig routes) {
    routes.get(PATH + "{token}", this::page);
    routes.post(PATH + "{token}", this::accept);
  }

  private void page(Context ctx) {
    Web.secureHeaders(ctx);
    web.render(ctx, "invitation.jte", new InvitationPage(ctx.pathParam("token"), csrf(ctx), null));
  }

  private String csrf(Context ctx) {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ctx.cookie(new io.javalin.http.Cookie(CSRF_COOKIE, value, PATH, -1, false, true, null,
        io.javalin.http.SameSite.STRICT));
    return value;
  }

  private void accept(Context ctx) {
    Web.secureHeaders(ctx);
    String expected = ctx.cookie(CSRF_COOKIE);
    String given = ctx.formParam(Web.CSRF_FIELD);
    if (expected == null || given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8))) {
      web.error(ctx, 403, "Yêu cầu bị từ chối: thiếu hoặc sai mã chống giả mạo (CSRF). Hãy mở lại liên kết mời.");
      return;
    }
    String token = ctx.pathParam("token");
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    if (!password.equals(Optional.ofNullable(ctx.formParam("confirm")).orElse(""))) {
      web.render(ctx, 400, "invitation.jte", new InvitationPage(token, csrf(ctx), "Hai lần nhập mật khẩu không khớp"));
      return;
    }
    try {
      Web.value(web.api.useCases.accounts().acceptInvitation(token, password));
    } catch (HttpProblem e) {
      web.render(ctx, e.status(), "invitation.jte", new InvitationPage(token, csrf(ctx), e.getMessage()));
      return;
    }
    ctx.removeCookie(CSRF_COOKIE, PATH);
    Web.redirect(ctx, "/?mat-khau-moi");
  }
}
