package vn.pakn.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * The database the server runs on: the pool, migrated schema and the transaction runner that every
 * repository of this module is built with.
 *
 * <pre>{@code
 * Database db = Database.open(url, user, password);          // PostgreSQL (PAKN_DB_URL ...)
 * Database db = Database.openEmbedded(Path.of("./data"));    // H2 file (PAKN_DATA_DIR)
 * PetitionRepository petitions = new JdbcPetitionRepository(db.transactions());
 * }</pre>
 */
public final class Database implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final JdbcTransactionRunner transactions;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.transactions = new JdbcTransactionRunner(dataSource);
  }

  /**
   * Opens a pool on the URL and migrates the schema.
   *
   * @throws IllegalStateException when the schema is newer than this code (nothing is changed then)
   */
  public static Database open(String url, String user, String password) {
    return open(url, user, password, 10);
  }

  public static Database open(String url, String user, String password, int maxPoolSize) {
    HikariDataSource ds = DataSourceFactory.create(url, user, password, maxPoolSize);
    try {
      new Migrations(ds).migrate();
      return new Database(ds);
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
  }

  /** The embedded H2 database in the data directory (created when missing). */
  public static Database openEmbedded(Path dataDirectory) {
    return open(DataSourceFactory.h2Url(dataDirectory), "sa", "", 10);
  }

  public JdbcTransactionRunner transactions() {
    return transactions;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
