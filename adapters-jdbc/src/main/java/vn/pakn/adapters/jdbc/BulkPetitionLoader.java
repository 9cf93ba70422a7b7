package vn.pakn.adapters.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.postgresql.PGConnection;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionEvent;

/**
 * Loads many new petitions fast (imports, seeding a test database): PostgreSQL's {@code COPY} when the
 * connection is PostgreSQL, JDBC batches otherwise. Each batch is its own transaction. Petitions are stored
 * exactly as {@link JdbcPetitionRepository#add} would store them (version 1, all their events).
 */
public final class BulkPetitionLoader {

  private static final String PETITION_COLUMNS = "id, version, title, status, sector, kind, assignee, unit,"
      + " received_ns, received_on, deadline, forwarded_on, unit_answered_on, outcome, reception, complex,"
      + " search_text, document";
  private static final String EVENT_COLUMNS = "petition_id, seq, type, actor_account, actor_name, at_ns, summary";

  private final JdbcTransactionRunner tx;

  public BulkPetitionLoader(JdbcTransactionRunner tx) {
    this.tx = tx;
  }

  /** Loads the petitions in batches of {@code batchSize}; returns how many were loaded. */
  public long load(Iterator<Petition> petitions, int batchSize) {
    long total = 0;
    List<Petition> batch = new ArrayList<>(batchSize);
    while (petitions.hasNext()) {
      batch.add(petitions.next());
      if (batch.size() == batchSize || !petitions.hasNext()) {
        List<Petition> current = List.copyOf(batch);
        tx.withConnection(c -> {
          if (c.isWrapperFor(PGConnection.class)) {
            copy(c.unwrap(PGConnection.class), current);
          } else {
            insert(c, current);
          }
          return null;
        });
        total += batch.size();
        batch.clear();
      }
    }
    return total;
  }

  private static void copy(PGConnection pg, List<Petition> batch) throws SQLException {
    StringBuilder rows = new StringBuilder(batch.size() * 2048);
    StringBuilder events = new StringBuilder(batch.size() * 512);
    for (Petition p : batch) {
      JdbcPetitionRepository.Row r = JdbcPetitionRepository.Row.of(p);
      csv(rows, p.id().value(), 1L, r.title(), r.status(), r.sector(), r.kind(), r.assignee(), r.unit(),
          r.receivedNs(), r.receivedOn(), r.deadline(), r.forwardedOn(), r.unitAnsweredOn(), r.outcome(),
          r.reception(), r.complex(), r.searchText(), r.document());
      for (PetitionEvent e : p.events()) {
        csv(events, p.id().value(), e.sequence(), e.type().name(), e.actorAccount(), e.actorName(), Sql.nanos(e.at()),
            e.summary());
      }
    }
    try {
      pg.getCopyAPI().copyIn("copy petition (" + PETITION_COLUMNS + ") from stdin with (format csv)",
          new StringReader(rows.toString()));
      pg.getCopyAPI().copyIn("copy petition_event (" + EVENT_COLUMNS + ") from stdin with (format csv)",
          new StringReader(events.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One CSV line: nulls unquoted and empty, everything else quoted. */
  private static void csv(StringBuilder out, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      Object v = values[i];
      if (v == null || v instanceof Sql.NullDate) {
        continue;
      }
      out.append('"').append(String.valueOf(v).replace("\"", "\"\"")).append('"');
    }
    out.append('\n');
  }

  private static void insert(Connection c, List<Petition> batch) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("insert into petition (" + PETITION_COLUMNS
        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement es = c.prepareStatement("insert into petition_event (" + EVENT_COLUMNS
            + ") values (?, ?, ?, ?, ?, ?, ?)")) {
      for (Petition p : batch) {
        JdbcPetitionRepository.Row r = JdbcPetitionRepository.Row.of(p);
        Sql.bind(ps, p.id().value(), 1L, r.title(), r.status(), r.sector(), r.kind(), r.assignee(), r.unit(),
            r.receivedNs(), r.receivedOn(), r.deadline(), r.forwardedOn(), r.unitAnsweredOn(), r.outcome(),
            r.reception(), r.complex(), r.searchText(), r.document());
        ps.addBatch();
        for (PetitionEvent e : p.events()) {
          Sql.bind(es, p.id().value(), e.sequence(), e.type().name(), e.actorAccount(), e.actorName(),
              Sql.nanos(e.at()), e.summary());
          es.addBatch();
        }
      }
      ps.executeBatch();
      es.executeBatch();
    }
  }
}
