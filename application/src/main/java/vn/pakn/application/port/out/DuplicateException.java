package vn.pakn.application.port.out;

/** A unique value (a username, an API key name) is already taken. */
public final class DuplicateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DuplicateException(String message) {
    super(message);
  }
}
