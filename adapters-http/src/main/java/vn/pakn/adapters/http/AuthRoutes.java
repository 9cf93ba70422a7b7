package vn.pakn.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import vn.pakn.application.port.out.Account;

/** {@code POST /api/v1/auth/token}: a username and password for a bearer token, with growing delays on failures. */
public final class AuthRoutes implements RouteModule {

  private final Api api;
  private final TokenService tokens;
  private final LoginThrottle throttle;

  public AuthRoutes(Api api, TokenService tokens, LoginThrottle throttle) {
    this.api = api;
    this.tokens = tokens;
    this.throttle = throttle;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post(PetitionRoutes.BASE + "/auth/token", this::token);
    routes.post(PetitionRoutes.BASE + "/auth/invitations/{token}", this::acceptInvitation);
  }

  /** Checks the credentials (with throttling); the account on success. */
  public Account login(String username, String password) {
    Duration wait = throttle.waitFor(username);
    if (!wait.isZero()) {
      throw new HttpProblem(429, "too_many_attempts", "Đăng nhập sai nhiều lần: hãy thử lại sau "
          + Math.max(1, wait.toSeconds()) + " giây", "password");
    }
    Optional<Account> account = api.useCases.actors().authenticate(username, password);
    if (account.isEmpty()) {
      throttle.failed(username);
      throw new HttpProblem(401, "unauthorized", "Tên đăng nhập hoặc mật khẩu không đúng", "password");
    }
    throttle.succeeded(username);
    return account.get();
  }

  private void acceptInvitation(Context ctx) {
    Body b = api.body(ctx, "password");
    String password = b.requiredText("password", 200);
    Account account = Api.value(api.useCases.accounts().acceptInvitation(ctx.pathParam("token"), password));
    ctx.header("Cache-Control", "no-store");
    ctx.json(Map.of("username", account.username()));
  }

  private void token(Context ctx) {
    Body b = api.body(ctx, "username", "password");
    Account account = login(b.requiredText("username", 64), b.requiredText("password", 200));
    TokenService.Token token = tokens.issue(account.id());
    ctx.header("Cache-Control", "no-store");
    ctx.json(Map.of("token", token.value(), "expiresAt", token.expiresAt().atZone(api.clock.getZone()).toOffsetDateTime(),
        "account", Map.of("id", account.id(), "username", account.username(), "displayName", account.displayName(),
            "role", account.role().name())));
  }
}
