package vn.pakn.application.port.out;

/** The file is larger than the configured limit; nothing was stored. */
public final class EvidenceTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EvidenceTooLargeException(long limitBytes) {
    super("Tệp vượt quá dung lượng cho phép (" + limitBytes / (1024 * 1024) + " MB)");
  }
}
