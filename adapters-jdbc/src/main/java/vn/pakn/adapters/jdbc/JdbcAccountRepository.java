package vn.pakn.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.pakn.application.port.out.Account;
import vn.pakn.application.port.out.AccountRepository;
import vn.pakn.application.port.out.DuplicateException;
import vn.pakn.application.port.out.VersionConflictException;
import vn.pakn.domain.access.ActorRole;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.roster.PersonId;

/** Accounts in the {@code account} table; usernames unique by index, updates guarded by the version column. */
public final class JdbcAccountRepository implements AccountRepository {

  private static final String COLUMNS =
      "id, username, display_name, role, person, unit, enabled, password_hash, created_ns, version";

  private final JdbcTransactionRunner tx;

  public JdbcAccountRepository(JdbcTransactionRunner tx) {
    this.tx = tx;
  }

  @Override
  public Account add(Account a) {
    return tx.withConnection(c -> {
      // "do nothing" instead of a failed insert: a unique violation would abort a PostgreSQL transaction
      int inserted = Sql.update(c, "insert into account (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
              + " on conflict do nothing",
          a.id(), a.username(), a.displayName(), a.role().name(), a.person().map(PersonId::value).orElse(null),
          a.unit().map(UnitId::value).orElse(null), a.enabled(), a.passwordHash().orElse(null),
          Sql.nanos(a.createdAt()), 1L);
      if (inserted == 0) {
        throw new DuplicateException("Tên đăng nhập '" + a.username() + "' đã có");
      }
      return versioned(a, 1);
    });
  }

  @Override
  public Account update(Account a) {
    return tx.withConnection(c -> {
      int changed = Sql.update(c, "update account set username = ?, display_name = ?, role = ?, person = ?, unit = ?,"
              + " enabled = ?, password_hash = ?, version = ? where id = ? and version = ?",
          a.username(), a.displayName(), a.role().name(), a.person().map(PersonId::value).orElse(null),
          a.unit().map(UnitId::value).orElse(null), a.enabled(), a.passwordHash().orElse(null), a.version() + 1,
          a.id(), a.version());
      if (changed == 0) {
        throw new VersionConflictException("Tài khoản " + a.username() + " đã được người khác cập nhật");
      }
      return versioned(a, a.version() + 1);
    });
  }

  private static Account versioned(Account a, long version) {
    return new Account(a.id(), a.username(), a.displayName(), a.role(), a.person(), a.unit(), a.enabled(),
        a.passwordHash(), a.createdAt(), version);
  }

  @Override
  public Optional<Account> findById(String id) {
    return tx.withConnection(c -> Sql.queryOne(c, "select " + COLUMNS + " from account where id = ?",
        JdbcAccountRepository::account, id));
  }

  @Override
  public Optional<Account> findByUsername(String username) {
    return tx.withConnection(c -> Sql.queryOne(c, "select " + COLUMNS + " from account where username = ?",
        JdbcAccountRepository::account, username));
  }

  @Override
  public List<Account> all() {
    return tx.withConnection(c -> Sql.query(c, "select " + COLUMNS + " from account order by created_ns, id",
        JdbcAccountRepository::account));
  }

  private static Account account(ResultSet rs) throws SQLException {
    return new Account(rs.getString("id"), rs.getString("username"), rs.getString("display_name"),
        ActorRole.valueOf(rs.getString("role")), Sql.string(rs, "person").map(PersonId::of),
        Sql.string(rs, "unit").map(UnitId::of), rs.getBoolean("enabled"), Sql.string(rs, "password_hash"),
        Sql.instant(rs.getLong("created_ns")), rs.getLong("version"));
  }
}
