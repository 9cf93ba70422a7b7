package vn.pakn.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

/** Builds the HikariCP pool for PostgreSQL or for the embedded H2 file database. */
public final class DataSourceFactory {

  /**
   * The flags that make H2 accept the same SQL as PostgreSQL. {@code WRITE_DELAY=0} writes every commit to
   * the file at once, so an acknowledged write survives the process being killed.
   */
  public static final String H2_FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

  private DataSourceFactory() {}

  /** The JDBC URL of the embedded database {@code pakn} in the data directory. */
  public static String h2Url(Path dataDirectory) {
    return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("pakn") + H2_FLAGS;
  }

  /** A pool for the URL; user and password may be null (e.g. when given in the URL). */
  public static HikariDataSource create(String url, String user, String password, int maxPoolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (user != null && !user.isBlank()) {
      config.setUsername(user);
    }
    if (password != null && !password.isEmpty()) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(maxPoolSize);
    config.setMinimumIdle(Math.min(2, maxPoolSize));
    config.setAutoCommit(true);
    config.setPoolName("pakn");
    if (url.startsWith("jdbc:postgresql:")) {
      // The inbox's filters are optional, so a cached generic plan fits some filter mixes badly (a date range
      // planned as a sort of the whole range): plan each query for its parameters (about 1 ms).
      config.setConnectionInitSql("set plan_cache_mode = force_custom_plan");
    }
    return new HikariDataSource(config);
  }
}
