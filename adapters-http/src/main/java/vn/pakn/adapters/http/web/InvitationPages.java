package vn.pakn.adapters.http.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import vn.pakn.adapters.http.HttpProblem;

/**
 * The invitation page ({@code /moi/{token}}): the owner of an invited account sets a password, without logging
 * in; the link works once. The form carries a double-submit CSRF token, as the login form does.
 */
public final class InvitationPages {

  static final String PATH = "/moi/";
  private static final String CSRF_COOKIE = "pakn_invite";

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

  private static String csrf(Context ctx) {
    return Web.doubleSubmitToken(ctx, CSRF_COOKIE, PATH);
  }


  private void accept(Context ctx) {
    Web.secureHeaders(ctx);
    if (!Web.doubleSubmitMatches(ctx, CSRF_COOKIE)) {
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
