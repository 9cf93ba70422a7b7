package vn.pakn.adapters.jdbc;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to the code's version with Flyway. An older database is migrated; a database whose
 * schema is newer than this code (written by a later release) is refused and left untouched.
 */
public final class Migrations {

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
  static final String DEFAULT_LOCATION = "classpath:db/migration";

  private final Flyway flyway;

  public Migrations(DataSource dataSource) {
    this(dataSource, DEFAULT_LOCATION);
  }

  Migrations(DataSource dataSource, String... locations) {
    this.flyway = Flyway.configure()
        .dataSource(dataSource)
        .locations(locations)
        .validateOnMigrate(true)
        .cleanDisabled(true)
        .load();
  }

  /**
   * Migrates to the latest version the code knows.
   *
   * @throws IllegalStateException when the database was migrated by a newer version of the software
   */
  public void migrate() {
    MigrationInfoService info = flyway.info();
    MigrationVersion codeVersion = Arrays.stream(info.all())
        .filter(i -> i.getState().isResolved() && i.getVersion() != null)
        .map(MigrationInfo::getVersion)
        .max(Comparator.naturalOrder())
        .orElse(MigrationVersion.EMPTY);
    Optional<MigrationInfo> newest = Arrays.stream(info.applied())
        .filter(i -> i.getVersion() != null)
        .max(Comparator.comparing(MigrationInfo::getVersion));
    if (newest.isPresent() && newest.get().getVersion().compareTo(codeVersion) > 0) {
      throw new IllegalStateException("Cơ sở dữ liệu có lược đồ phiên bản " + newest.get().getVersion()
          + ", mới hơn phiên bản " + codeVersion + " mà phần mềm này biết: hãy dùng bản phần mềm mới hơn"
          + " (database schema version " + newest.get().getVersion() + " is newer than this software's "
          + codeVersion + "; refusing to start, nothing was changed)");
    }
    int applied = flyway.migrate().migrationsExecuted;
    LOG.info("Database schema at version {} ({} migration(s) applied now)", codeVersion, applied);
  }

  /** The latest schema version this code knows. */
  public String codeVersion() {
    return Arrays.stream(flyway.info().all())
        .filter(i -> i.getState().isResolved() && i.getVersion() != null)
        .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).map(MigrationVersion::getVersion).orElse("0");
  }
}
