package vn.pakn.adapters.http.open311;

/**
 * A request Open311 answers with an error in the spec's format: {@code [{"code":400,"description":"…"}]}
 * or {@code <errors><error><code>…</code><description>…</description></error></errors>}. The description
 * names the field at fault first ({@code "description: không được để trống"}).
 */
final class Open311Error extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  Open311Error(int status, String description) {
    super(description, null, false, false);
    this.status = status;
  }

  static Open311Error badRequest(String field, String reason) {
    return new Open311Error(400, field + ": " + reason);
  }

  static Open311Error forbidden(String description) {
    return new Open311Error(403, description);
  }

  static Open311Error notFound(String description) {
    return new Open311Error(404, description);
  }

  int status() {
    return status;
  }
}
