package vn.pakn.adapters.http;

import vn.pakn.application.port.in.Problem;

/** The one place where use-case failures become HTTP status codes. */
public final class ProblemStatus {

  private ProblemStatus() {}

  public static int of(Problem.Kind kind) {
    return switch (kind) {
      case INVALID -> 400;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT, WRONG_STAGE -> 409;
      case TOO_LARGE -> 413;
      case PRECONDITION -> 422;
    };
  }

  /** The machine-readable error code of the API's error body. */
  public static String code(Problem.Kind kind) {
    return switch (kind) {
      case INVALID -> "validation";
      case FORBIDDEN -> "forbidden";
      case NOT_FOUND -> "not_found";
      case CONFLICT -> "conflict";
      case WRONG_STAGE -> "wrong_stage";
      case TOO_LARGE -> "too_large";
      case PRECONDITION -> "precondition";
    };
  }
}
