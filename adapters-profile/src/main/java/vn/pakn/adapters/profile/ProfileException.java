package vn.pakn.adapters.profile;

/**
 * A district profile file that cannot be used. The message is in Vietnamese and starts with the
 * JSON path of the offending field, e.g. {@code people[3].role: "CHIEF" không hợp lệ, ...}.
 */
public class ProfileException extends RuntimeException {

  private final String path;

  public ProfileException(String path, String reason) {
    super(path.isEmpty() ? reason : path + ": " + reason);
    this.path = path;
  }

  public ProfileException(String path, String reason, Throwable cause) {
    super(path.isEmpty() ? reason : path + ": " + reason, cause);
    this.path = path;
  }

  /** The JSON path of the field at fault ("people[3].role"); empty for the file as a whole. */
  public String path() {
    return path;
  }
}
