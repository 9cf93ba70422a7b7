package vn.pakn.adapters.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import javax.sql.DataSource;

/**
 * Secrets every server instance on one database shares, such as the key that signs login tokens: the first
 * instance to ask creates it; an insert that loses the race does nothing, and every instance reads the winner.
 */
public final class JdbcServerSecrets {

  private final DataSource dataSource;
  private final SecureRandom random = new SecureRandom();

  public JdbcServerSecrets(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The named 32-byte secret, created on first use. */
  public byte[] secret(String name) {
    byte[] fresh = new byte[32];
    random.nextBytes(fresh);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement insert = c.prepareStatement(
          "insert into server_secret (name, secret_value) values (?, ?) on conflict do nothing")) {
        insert.setString(1, name);
        insert.setString(2, Base64.getEncoder().encodeToString(fresh));
        insert.executeUpdate();
      }
      try (PreparedStatement select = c.prepareStatement("select secret_value from server_secret where name = ?")) {
        select.setString(1, name);
        try (ResultSet rs = select.executeQuery()) {
          if (!rs.next()) {
            throw new DataAccessException("server secret '" + name + "' missing after insert", null);
          }
          return Base64.getDecoder().decode(rs.getString(1).getBytes(StandardCharsets.US_ASCII));
        }
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading server secret '" + name + "'", e);
    }
  }
}
