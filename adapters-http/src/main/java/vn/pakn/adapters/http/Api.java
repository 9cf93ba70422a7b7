package vn.pakn.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import vn.pakn.application.port.in.Outcome;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.PetitionId;

/** What every route handler needs: the use cases, who is calling, JSON in and out, outcomes to statuses. */
public final class Api {

  public final UseCases useCases;
  public final Authentication auth;
  public final ObjectMapper mapper;
  public final Clock clock;

  public Api(UseCases useCases, Authentication auth, ObjectMapper mapper, Clock clock) {
    this.useCases = useCases;
    this.auth = auth;
    this.mapper = mapper;
    this.clock = clock;
  }

  public Actor actor(Context ctx) {
    return auth.require(ctx);
  }

  public Body body(Context ctx, String... allowed) {
    String type = ctx.contentType();
    if (ctx.body().isBlank() && type == null) {
      return Body.parse(mapper, "{}", allowed);
    }
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new HttpProblem(415, "unsupported_media_type", "Nội dung phải là application/json", null);
    }
    return Body.parse(mapper, ctx.body(), allowed);
  }

  /** The value of a successful outcome; a failure becomes the error response. */
  public static <T> T value(Outcome<T> outcome) {
    if (outcome instanceof Outcome.Success<T> s) {
      return s.value();
    }
    throw HttpProblem.of(outcome.problem());
  }

  public PetitionJson json() {
    return new PetitionJson(useCases.roster().current(), clock.getZone());
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public static PetitionId petitionId(Context ctx) {
    try {
      return PetitionId.of(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw HttpProblem.notFound("Không tìm thấy phản ánh " + ctx.pathParam("id"));
    }
  }

  public static Optional<String> query(Context ctx, String name, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    if (v.length() > max) {
      throw HttpProblem.validation(name, "dài quá " + max + " ký tự");
    }
    return Optional.of(v.strip());
  }
}
