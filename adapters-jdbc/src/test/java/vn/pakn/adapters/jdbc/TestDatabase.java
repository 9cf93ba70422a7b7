package vn.pakn.adapters.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated database for one test class, emptied before each test: an H2 file in a temporary directory,
 * or a fresh schema {@code t_<random>} on the PostgreSQL of {@code PAKN_TEST_PG_URL} (skipped, with a
 * message, when that is not set), dropped afterwards.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

  public static final String PG_ENV = "PAKN_TEST_PG_URL";

  /** Child tables first. */
  private static final List<String> TABLES = List.of("petition_event", "petition", "sender_access", "account",
      "delegation", "notification", "district_profile", "api_key", "evidence_chunk", "evidence_file", "report_chunk",
      "report_archive");

  private final boolean postgres;
  private Database database;
  private Path directory;
  private String schema;

  private TestDatabase(boolean postgres) {
    this.postgres = postgres;
  }

  public static TestDatabase h2() {
    return new TestDatabase(false);
  }

  public static TestDatabase postgres() {
    return new TestDatabase(true);
  }

  private static final String SKIPPED = "PostgreSQL tests skipped: set " + PG_ENV
      + " (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres) to run them";

  private static Optional<String> postgresUrl() {
    return Optional.ofNullable(System.getenv(PG_ENV)).filter(s -> !s.isBlank());
  }

  /** The PostgreSQL URL for tests, or a skipped test with a visible reason. */
  public static String requirePostgresUrl() {
    Optional<String> url = postgresUrl();
    Assumptions.assumeTrue(url.isPresent(), SKIPPED);
    return url.get();
  }

  /** A new empty schema on the test PostgreSQL; returns a URL whose default schema it is. */
  public static String createSchema(String baseUrl, String schema) throws SQLException {
    try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    }
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  public static void dropSchema(String baseUrl, String schema) throws SQLException {
    try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
    }
  }

  public static String randomSchema() {
    return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (postgres) {
      if (postgresUrl().isEmpty()) {
        return; // each test is then skipped with the reason (a class-level skip would show as 0 tests)
      }
      String base = postgresUrl().get();
      schema = randomSchema();
      database = Database.open(createSchema(base, schema), null, null, 12);
    } else {
      directory = Files.createTempDirectory("pakn-h2-");
      database = Database.openEmbedded(directory);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Assumptions.assumeTrue(database != null, SKIPPED);
    database.transactions().withConnection(c -> {
      try (Statement s = c.createStatement()) {
        for (String table : TABLES) {
          s.executeUpdate("delete from " + table);
        }
      }
      return null;
    });
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (database != null) {
      database.close();
    }
    if (postgres && schema != null) {
      dropSchema(System.getenv(PG_ENV), schema);
    }
    if (directory != null) {
      deleteTree(directory);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  public Database database() {
    return database;
  }

  public JdbcTransactionRunner tx() {
    return database.transactions();
  }
}
