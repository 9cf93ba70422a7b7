package vn.pakn.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.pakn.application.port.out.PetitionRepository;
import vn.pakn.application.port.out.VersionConflictException;
import vn.pakn.application.query.Cursor;
import vn.pakn.application.query.Page;
import vn.pakn.application.query.PetitionFilter;
import vn.pakn.application.query.PetitionSummary;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.petition.EventType;
import vn.pakn.domain.petition.Forwarding;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionEvent;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.report.PetitionFacts;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.roster.SectorKind;
import vn.pakn.domain.text.VietnameseText;

/**
 * Petitions in the {@code petition} table (queried columns + the JSON document) with their history in the
 * append-only {@code petition_event} table. Updates are guarded by the version column.
 */
public final class JdbcPetitionRepository implements PetitionRepository {

  private static final String SUMMARY_COLUMNS =
      "id, title, status, sector, kind, assignee, unit, received_ns, received_on, deadline, complex";

  private final JdbcTransactionRunner tx;

  public JdbcPetitionRepository(JdbcTransactionRunner tx) {
    this.tx = tx;
  }

  @Override
  public Petition add(Petition petition) {
    Petition stored = Petition.builder().from(petition).version(1).build();
    return tx.withConnection(c -> {
      Row row = Row.of(stored);
      Sql.update(c, "insert into petition (id, version, title, status, sector, kind, assignee, unit, received_ns,"
              + " received_on, deadline, forwarded_on, unit_answered_on, outcome, reception, complex, search_text,"
              + " document) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          stored.id().value(), 1L, row.title, row.status, row.sector, row.kind, row.assignee, row.unit,
          row.receivedNs, row.receivedOn, row.deadline, row.forwardedOn, row.unitAnsweredOn, row.outcome,
          row.reception, row.complex, row.searchText, row.document);
      insertEvents(c, stored.id(), stored.events());
      return stored;
    });
  }

  @Override
  public Petition update(Petition petition) {
    return tx.withConnection(c -> {
      long next = petition.version() + 1;
      Row row = Row.of(petition);
      int changed = Sql.update(c, "update petition set version = ?, title = ?, status = ?, sector = ?, kind = ?,"
              + " assignee = ?, unit = ?, received_ns = ?, received_on = ?, deadline = ?, forwarded_on = ?,"
              + " unit_answered_on = ?, outcome = ?, reception = ?, complex = ?, search_text = ?, document = ?"
              + " where id = ? and version = ?",
          next, row.title, row.status, row.sector, row.kind, row.assignee, row.unit, row.receivedNs, row.receivedOn,
          row.deadline, row.forwardedOn, row.unitAnsweredOn, row.outcome, row.reception, row.complex,
          row.searchText, row.document, petition.id().value(), petition.version());
      if (changed == 0) {
        Optional<Long> current = Sql.queryOne(c, "select version from petition where id = ?", rs -> rs.getLong(1),
            petition.id().value());
        if (current.isEmpty()) {
          throw new IllegalStateException("Petition " + petition.id() + " does not exist");
        }
        throw new VersionConflictException("Phản ánh " + petition.id() + " đã được người khác cập nhật (phiên bản "
            + current.get() + ", thay đổi dựa trên phiên bản " + petition.version() + ")");
      }
      // the row is now locked by this transaction: the history cannot move under us
      List<PetitionEvent> stored = events(c, petition.id());
      if (petition.events().size() < stored.size()
          || !petition.events().subList(0, stored.size()).equals(stored)) {
        throw new IllegalStateException("Petition history is append-only");
      }
      insertEvents(c, petition.id(), petition.events().subList(stored.size(), petition.events().size()));
      return Petition.builder().from(petition).version(next).build();
    });
  }

  @Override
  public Optional<Petition> findById(PetitionId id) {
    return tx.withConnection(c -> {
      Optional<Map.Entry<Long, String>> row = Sql.queryOne(c, "select version, document from petition where id = ?",
          rs -> Map.entry(rs.getLong(1), rs.getString(2)), id.value());
      if (row.isEmpty()) {
        return Optional.empty();
      }
      PetitionDocument doc = Json.read(row.get().getValue(), PetitionDocument.class);
      return Optional.of(doc.toPetition(id, row.get().getKey(), events(c, id)));
    });
  }

  @Override
  public Page<PetitionSummary> list(PetitionFilter filter) {
    return tx.withConnection(c -> {
      Where where = Where.of(filter);
      filter.after().ifPresent(cursor -> where.and("(received_ns < ? or (received_ns = ? and id < ?))",
          Sql.nanos(cursor.receivedAt()), Sql.nanos(cursor.receivedAt()), cursor.id().value()));
      List<Object> params = new ArrayList<>(where.params);
      params.add(filter.limit() + 1);
      List<PetitionSummary> rows = Sql.query(c, "select " + SUMMARY_COLUMNS + " from petition" + where.sql()
          + " order by received_ns desc, id desc limit ?", JdbcPetitionRepository::summary, params.toArray());
      boolean more = rows.size() > filter.limit();
      List<PetitionSummary> page = more ? rows.subList(0, filter.limit()) : rows;
      return new Page<>(page, more ? Optional.of(Cursor.of(page.get(page.size() - 1)).encode()) : Optional.empty());
    });
  }

  @Override
  public Map<Status, Long> countByStatus(PetitionFilter filter) {
    return tx.withConnection(c -> {
      Where where = Where.of(filter);
      Map<Status, Long> counts = new EnumMap<>(Status.class);
      Sql.query(c, "select status, count(*) from petition" + where.sql() + " group by status",
          rs -> counts.put(Status.valueOf(rs.getString(1)), rs.getLong(2)), where.params.toArray());
      return counts;
    });
  }

  @Override
  public List<PetitionSummary> forwardedDueBy(LocalDate day) {
    return tx.withConnection(c -> Sql.query(c, "select " + SUMMARY_COLUMNS
            + " from petition where status = ? and deadline <= ? order by deadline, id",
        JdbcPetitionRepository::summary, Status.FORWARDED.name(), day));
  }

  private static PetitionSummary summary(ResultSet rs) throws SQLException {
    return new PetitionSummary(PetitionId.of(rs.getString("id")), rs.getString("title"),
        Status.valueOf(rs.getString("status")), Sql.string(rs, "sector").map(SectorCode::of),
        SectorKind.valueOf(rs.getString("kind")), PersonId.of(rs.getString("assignee")),
        Sql.string(rs, "unit").map(UnitId::of), Sql.instant(rs.getLong("received_ns")),
        rs.getObject("received_on", LocalDate.class), Sql.localDate(rs, "deadline"), rs.getBoolean("complex"));
  }

  private static List<PetitionEvent> events(Connection c, PetitionId id) throws SQLException {
    return Sql.query(c, "select seq, type, actor_account, actor_name, at_ns, summary from petition_event"
            + " where petition_id = ? order by seq",
        rs -> new PetitionEvent(rs.getInt(1), EventType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
            Sql.instant(rs.getLong(5)), rs.getString(6)), id.value());
  }

  private static void insertEvents(Connection c, PetitionId id, List<PetitionEvent> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("insert into petition_event (petition_id, seq, type,"
        + " actor_account, actor_name, at_ns, summary) values (?, ?, ?, ?, ?, ?, ?)")) {
      for (PetitionEvent e : events) {
        Sql.bind(ps, id.value(), e.sequence(), e.type().name(), e.actorAccount(), e.actorName(), Sql.nanos(e.at()),
            e.summary());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The queried columns of one petition. */
  record Row(String title, String status, String sector, String kind, String assignee, String unit, long receivedNs,
      LocalDate receivedOn, Object deadline, Object forwardedOn, Object unitAnsweredOn, String outcome,
      boolean reception, boolean complex, String searchText, String document) {

    static Row of(Petition p) {
      PetitionFacts facts = PetitionFacts.of(p);
      return new Row(p.title(), p.status().name(), p.sector().map(SectorCode::value).orElse(null), p.kind().name(),
          p.assignee().value(), p.forwarding().map(f -> f.unit().value()).orElse(null), Sql.nanos(p.receivedAt()),
          p.receivedOn(), Sql.date(p.deadline()), Sql.date(p.forwarding().map(Forwarding::forwardedOn)),
          Sql.date(p.unitAnswer().map(a -> a.on())), facts.outcome().name(), p.passedToReception(), p.complex(),
          JdbcPetitionRepository.searchText(p), Json.write(PetitionDocument.of(p)));
    }
  }

  /** What free text is matched against: title and content, folded (no diacritics, lower case). */
  static String searchText(Petition p) {
    return VietnameseText.fold(p.title() + " " + p.content());
  }

  /** The WHERE clause of the inbox filters: fixed SQL fragments, values as parameters. */
  static final class Where {
    private static final Duration MAX_OFFSET = Duration.ofHours(14);
    private final List<String> clauses = new ArrayList<>();
    final List<Object> params = new ArrayList<>();

    static Where of(PetitionFilter f) {
      Where w = new Where();
      f.status().ifPresent(s -> w.and("status = ?", s.name()));
      f.sector().ifPresent(s -> w.and("sector = ?", s.value()));
      f.assignee().ifPresent(a -> w.and("assignee = ?", a.value()));
      f.unit().ifPresent(u -> w.and("unit = ?", u.value()));
      f.overdue().ifPresent(o -> {
        if (o) {
          w.and("status = ? and deadline < ?", Status.FORWARDED.name(), f.today());
        } else {
          w.and("(status <> ? or deadline is null or deadline >= ?)", Status.FORWARDED.name(), f.today());
        }
      });
      // The day is the district's local date of the instant, so the instant lies within 14 hours (the widest
      // UTC offset) of that day in UTC: the redundant bound on received_ns lets the inbox index serve the range.
      f.receivedFrom().ifPresent(d -> w.and("received_on >= ? and received_ns >= ?", d,
          Sql.nanos(d.atStartOfDay(ZoneOffset.UTC).toInstant().minus(MAX_OFFSET))));
      f.receivedTo().ifPresent(d -> w.and("received_on <= ? and received_ns < ?", d,
          Sql.nanos(d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(MAX_OFFSET))));
      if (f.receptionOnly()) {
        w.and("reception = ?", true);
      }
      f.foldedText().ifPresent(t -> w.and("search_text like ? escape '\\'", Sql.likeContains(t)));
      return w;
    }

    void and(String clause, Object... values) {
      clauses.add(clause);
      params.addAll(List.of(values));
    }

    String sql() {
      return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }
  }
}
