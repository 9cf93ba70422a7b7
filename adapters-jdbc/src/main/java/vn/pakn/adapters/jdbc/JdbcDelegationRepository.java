package vn.pakn.adapters.jdbc;

import java.time.LocalDate;
import java.util.List;
import vn.pakn.application.port.out.DelegationRepository;
import vn.pakn.domain.roster.Delegation;
import vn.pakn.domain.roster.PersonId;

/** The leader's delegations in the {@code delegation} table, in the order they were given. */
public final class JdbcDelegationRepository implements DelegationRepository {

  private final JdbcTransactionRunner tx;

  public JdbcDelegationRepository(JdbcTransactionRunner tx) {
    this.tx = tx;
  }

  @Override
  public void add(Delegation d) {
    tx.withConnection(c -> Sql.update(c,
        "insert into delegation (from_person, to_person, valid_from, valid_until) values (?, ?, ?, ?)",
        d.from().value(), d.to().value(), d.validFrom(), d.validUntil()));
  }

  @Override
  public boolean remove(Delegation d) {
    return tx.withConnection(c -> Sql.update(c, "delete from delegation where id = (select min(id) from delegation"
            + " where from_person = ? and to_person = ? and valid_from = ? and valid_until = ?)",
        d.from().value(), d.to().value(), d.validFrom(), d.validUntil()) > 0);
  }

  @Override
  public List<Delegation> all() {
    return tx.withConnection(c -> Sql.query(c,
        "select from_person, to_person, valid_from, valid_until from delegation order by id",
        rs -> new Delegation(PersonId.of(rs.getString(1)), PersonId.of(rs.getString(2)),
            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class))));
  }
}
