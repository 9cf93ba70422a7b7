package vn.pakn.adapters.jdbc;

/** The database failed (unreachable, constraint broken unexpectedly, I/O): not a business outcome. */
public final class DataAccessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DataAccessException(String message, Throwable cause) {
    super(message, cause);
  }
}
