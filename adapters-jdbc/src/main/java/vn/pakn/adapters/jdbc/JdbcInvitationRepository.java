package vn.pakn.adapters.jdbc;

import java.util.Optional;
import vn.pakn.application.port.out.Invitation;
import vn.pakn.application.port.out.InvitationRepository;

/**
 * Invitations in the {@code invitation} table. Taking one deletes it; only the caller whose delete removed the
 * row gets it, so an invitation works once even when two requests race.
 */
public final class JdbcInvitationRepository implements InvitationRepository {

  private final JdbcTransactionRunner tx;

  public JdbcInvitationRepository(JdbcTransactionRunner tx) {
    this.tx = tx;
  }

  @Override
  public void add(Invitation invitation) {
    tx.withConnection(c -> {
      Sql.update(c, "delete from invitation where account_id = ?", invitation.accountId());
      return Sql.update(c, "insert into invitation (fingerprint, account_id, expires_ns) values (?, ?, ?)",
          invitation.fingerprint(), invitation.accountId(), Sql.nanos(invitation.expiresAt()));
    });
  }

  @Override
  public Optional<Invitation> take(String fingerprint) {
    return tx.withConnection(c -> {
      Optional<Invitation> found = Sql.queryOne(c,
          "select fingerprint, account_id, expires_ns from invitation where fingerprint = ?",
          rs -> new Invitation(rs.getString(1), rs.getString(2), Sql.instant(rs.getLong(3))), fingerprint);
      if (found.isEmpty()) {
        return Optional.<Invitation>empty();
      }
      return Sql.update(c, "delete from invitation where fingerprint = ?", fingerprint) == 1 ? found : Optional.empty();
    });
  }
}
