package vn.pakn.adapters.http;

import java.util.Optional;
import vn.pakn.application.port.in.Problem;

/**
 * A request that cannot be served, with the status, the error code, a message (Vietnamese) and the
 * field at fault; thrown by handlers, turned into the one error body by {@link PaknHttpServer}.
 */
public final class HttpProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String field;

  public HttpProblem(int status, String code, String message, String field) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  public static HttpProblem of(Problem problem) {
    return new HttpProblem(ProblemStatus.of(problem.kind()), ProblemStatus.code(problem.kind()), problem.message(),
        problem.field().orElse(null));
  }

  public static HttpProblem validation(String field, String message) {
    return new HttpProblem(400, "validation", message, field);
  }

  /** From an {@code IllegalArgumentException} whose message reads {@code "field: reason"}. */
  public static HttpProblem fromInvalid(IllegalArgumentException e) {
    return of(Problem.invalid(e.getMessage() == null ? "Dữ liệu không hợp lệ" : e.getMessage()));
  }

  public static HttpProblem unauthorized(String message) {
    return new HttpProblem(401, "unauthorized", message, null);
  }

  public static HttpProblem notFound(String message) {
    return new HttpProblem(404, "not_found", message, null);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
