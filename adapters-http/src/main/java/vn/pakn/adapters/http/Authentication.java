package vn.pakn.adapters.http;

import io.javalin.http.Context;
import java.util.Optional;
import vn.pakn.application.port.in.ResolveActorUseCase;
import vn.pakn.domain.access.Actor;

/** Who is calling: a bearer token, or the web pages' session cookie, resolved to today's actor. */
public final class Authentication {

  public static final String SESSION_COOKIE = "pakn_session";
  private static final String ACTOR = "pakn.actor";

  private final TokenService tokens;
  private final ResolveActorUseCase actors;

  public Authentication(TokenService tokens, ResolveActorUseCase actors) {
    this.tokens = tokens;
    this.actors = actors;
  }

  /** The actor of the request, or 401. */
  public Actor require(Context ctx) {
    return optional(ctx).orElseThrow(() -> HttpProblem.unauthorized(
        "Cần đăng nhập: gửi Authorization: Bearer <token> lấy từ POST /api/v1/auth/token"));
  }

  public Optional<Actor> optional(Context ctx) {
    Actor cached = ctx.attribute(ACTOR);
    if (cached != null) {
      return Optional.of(cached);
    }
    String header = ctx.header("Authorization");
    String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        ? header.substring(7).strip()
        : ctx.cookie(SESSION_COOKIE);
    Optional<Actor> actor = tokens.verify(token).flatMap(actors::actorFor);
    actor.ifPresent(a -> ctx.attribute(ACTOR, a));
    return actor;
  }
}
