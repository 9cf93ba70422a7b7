package vn.pakn.archtest.broken;

/** Breaks the general coding rules: standard streams, a generic exception, java.util.logging. */
public class Noisy {
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("noisy");

  void shout() {
    System.out.println("hello");
    LOG.info("hello");
    throw new RuntimeException("generic");
  }
}
