package vn.pakn.adapters.jdbc;

import java.util.List;
import vn.pakn.application.port.out.PersonalDataAccessLog;
import vn.pakn.application.port.out.SenderAccess;
import vn.pakn.domain.petition.PetitionId;

/** The append-only log of who read a sender's personal details ({@code sender_access}). */
public final class JdbcPersonalDataAccessLog implements PersonalDataAccessLog {

  private final JdbcTransactionRunner tx;

  public JdbcPersonalDataAccessLog(JdbcTransactionRunner tx) {
    this.tx = tx;
  }

  @Override
  public void record(SenderAccess a) {
    tx.withConnection(c -> Sql.update(c, "insert into sender_access (account_id, account_name, petition_id, at_ns,"
        + " purpose) values (?, ?, ?, ?, ?)", a.accountId(), a.accountName(), a.petition().value(), Sql.nanos(a.at()),
        a.purpose()));
  }

  @Override
  public List<SenderAccess> forPetition(PetitionId petition) {
    return tx.withConnection(c -> Sql.query(c, "select account_id, account_name, at_ns, purpose from sender_access"
            + " where petition_id = ? order by id",
        rs -> new SenderAccess(rs.getString(1), rs.getString(2), petition, Sql.instant(rs.getLong(3)), rs.getString(4)),
        petition.value()));
  }
}
