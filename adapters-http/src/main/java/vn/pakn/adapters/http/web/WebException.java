package vn.pakn.adapters.http.web;

/** A page that cannot be served: the status and a Vietnamese message for the error page. */
final class WebException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  WebException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
