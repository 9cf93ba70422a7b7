package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import vn.pakn.domain.petition.Refusal;

/**
 * Why a use case did not do what was asked: a kind adapters map to a status code (in one place), a
 * Vietnamese message, and the input field at fault when there is one.
 */
public record Problem(Kind kind, String message, Optional<String> field) {

  /** The kinds of failure. */
  public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT, WRONG_STAGE, PRECONDITION, TOO_LARGE }

  public Problem {
    checkNotNull(kind, "kind");
    checkNotNull(message, "message");
    field = field == null ? Optional.empty() : field;
  }

  public static Problem of(Kind kind, String message) {
    return new Problem(kind, message, Optional.empty());
  }

  public static Problem notFound(String message) {
    return of(Kind.NOT_FOUND, message);
  }

  public static Problem forbidden(String message) {
    return of(Kind.FORBIDDEN, message);
  }

  /** A bad input; the field comes from a message written {@code "field: reason"}, as commands write them. */
  public static Problem invalid(String message) {
    int colon = message.indexOf(": ");
    if (colon > 0 && message.substring(0, colon).matches("[A-Za-z][A-Za-z0-9_.\\[\\]]*")) {
      return new Problem(Kind.INVALID, message.substring(colon + 2), Optional.of(message.substring(0, colon)));
    }
    return of(Kind.INVALID, message);
  }

  public static Problem from(Refusal refusal) {
    Kind kind = switch (refusal.code()) {
      case FORBIDDEN -> Kind.FORBIDDEN;
      case WRONG_STAGE -> Kind.WRONG_STAGE;
      case PRECONDITION -> Kind.PRECONDITION;
      case INVALID -> Kind.INVALID;
    };
    return of(kind, refusal.message());
  }
}
