package vn.pakn.application.port.out;

/** Thrown by a repository when the stored version is not the one the change was based on: another update won. */
public final class VersionConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public VersionConflictException(String message) {
    super(message);
  }
}
