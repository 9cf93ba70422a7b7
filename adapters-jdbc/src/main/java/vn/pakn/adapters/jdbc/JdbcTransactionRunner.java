package vn.pakn.adapters.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import vn.pakn.application.port.out.TransactionRunner;

/**
 * One transaction per use case: the connection is bound to the thread, so every repository called inside
 * {@link #inTransaction} shares it; a nested call joins the outer transaction. Repositories called outside
 * a transaction get one of their own per call.
 */
public final class JdbcTransactionRunner implements TransactionRunner {

  private final DataSource dataSource;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  public JdbcTransactionRunner(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      current.set(connection);
      try {
        T result = work.get();
        connection.commit();
        return result;
      } catch (RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      } finally {
        current.remove();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new DataAccessException("Không thực hiện được giao dịch với cơ sở dữ liệu", e);
    }
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Runs the JDBC work on the current transaction's connection, or in a transaction of its own. */
  <T> T withConnection(SqlFunction<T> work) {
    return inTransaction(() -> {
      try {
        return work.apply(current.get());
      } catch (SQLException e) {
        throw new DataAccessException("Lỗi cơ sở dữ liệu: " + e.getMessage(), e);
      }
    });
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** JDBC work that may throw {@link SQLException}. */
  @FunctionalInterface
  interface SqlFunction<T> {
    T apply(Connection connection) throws SQLException;
  }
}
