package vn.pakn.benchmarks;

import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Path;
import java.util.UUID;

/** What the smoke runs need: the server jar (built by the reactor before this module) and the test PostgreSQL. */
final class SmokeSupport {

  static final String PG_ENV = "PAKN_TEST_PG_URL";

  private SmokeSupport() {}

  static Path jarOrSkip() {
    try {
      return ServerProcess.defaultJar();
    } catch (IllegalStateException e) {
      return abort("smoke skipped: " + e.getMessage());
    }
  }

  static String pgOrSkip() {
    String url = System.getenv(PG_ENV);
    if (url == null || url.isBlank()) {
      System.out.println("[benchmarks] " + PG_ENV + " not set: PostgreSQL smoke skipped");
      return abort(PG_ENV + " not set: PostgreSQL smoke skipped");
    }
    return Args.loopbackOnly(url);
  }

  /** A fresh schema in the test database; its URL. */
  static String createSchema(String base, String schema) {
    Pg.exec(base, "create schema " + schema);
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  static void dropSchema(String base, String schema) {
    Pg.exec(base, "drop schema if exists " + schema + " cascade");
  }

  static String randomSchema(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }
}
