package vn.pakn.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Creating and dropping the benchmarks' own PostgreSQL databases (never {@code test}'s tables). */
final class Pg {

  private Pg() {}

  /** {@code jdbc:postgresql://127.0.0.1:5432/} + database (+ {@code ?user=}). */
  static String url(String base, String database, String user) {
    return Args.loopbackOnly(base) + database + "?user=" + user;
  }

  static void recreate(String base, String adminDb, String user, String database) {
    exec(url(base, adminDb, user), "drop database if exists " + database + " with (force)",
        "create database " + database);
  }

  static boolean exists(String base, String adminDb, String user, String database) {
    try (Connection c = DriverManager.getConnection(url(base, adminDb, user));
        var ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
      ps.setString(1, database);
      try (var rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static void exec(String url, String... statements) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
