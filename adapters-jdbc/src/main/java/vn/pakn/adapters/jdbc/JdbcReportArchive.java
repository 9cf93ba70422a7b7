package vn.pakn.adapters.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.pakn.application.port.out.ArchivedReport;
import vn.pakn.application.port.out.ReportArchive;

/** Generated reports in {@code report_archive} + {@code report_chunk}, streamed in chunks. */
public final class JdbcReportArchive implements ReportArchive {

  private final JdbcTransactionRunner tx;

  public JdbcReportArchive(JdbcTransactionRunner tx) {
    this.tx = tx;
  }

  @Override
  public ArchivedReport store(String id, String periodLabel, String format, Instant createdAt, String createdBy,
      InputStream content) throws IOException {
    try {
      return tx.withConnection(c -> {
        Sql.update(c, "delete from report_chunk where report_id = ?", id);
        Sql.update(c, "delete from report_archive where id = ?", id);
        long size;
        try {
          size = Chunks.write(c, "insert into report_chunk (report_id, seq, bytes) values (?, ?, ?)", List.of(id),
              content, Long.MAX_VALUE).orElseThrow();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        ArchivedReport report = new ArchivedReport(id, periodLabel, format, size, createdAt, createdBy);
        Sql.update(c, "insert into report_archive (id, period_label, format, size_bytes, created_ns, created_by)"
            + " values (?, ?, ?, ?, ?, ?)", id, periodLabel, format, size, Sql.nanos(createdAt), createdBy);
        return report;
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public Optional<ArchivedReport> find(String id) {
    return tx.withConnection(c -> Sql.queryOne(c, "select id, period_label, format, size_bytes, created_ns, created_by"
        + " from report_archive where id = ?", JdbcReportArchive::report, id));
  }

  @Override
  public Optional<InputStream> open(String id) {
    return find(id).map(r -> Chunks.reader(tx, "select bytes from report_chunk where report_id = ? and seq = ?",
        List.of(id)));
  }

  @Override
  public List<ArchivedReport> list(int limit) {
    return tx.withConnection(c -> Sql.query(c, "select id, period_label, format, size_bytes, created_ns, created_by"
        + " from report_archive order by created_ns desc, id desc limit ?", JdbcReportArchive::report, limit));
  }

  private static ArchivedReport report(ResultSet rs) throws SQLException {
    return new ArchivedReport(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
        Sql.instant(rs.getLong(5)), rs.getString(6));
  }
}
