package vn.pakn.adapters.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.pakn.application.port.out.EvidenceStore;
import vn.pakn.application.port.out.EvidenceTooLargeException;
import vn.pakn.application.port.out.StoredFile;
import vn.pakn.domain.petition.PetitionId;

/**
 * Evidence bytes in the database ({@code evidence_file} + {@code evidence_chunk}), streamed in and out in
 * chunks. A file over the limit leaves nothing behind. Storing the same evidence id again replaces it.
 */
public final class JdbcEvidenceStore implements EvidenceStore {

  /** The default per-file limit (PAKN_EVIDENCE_MAX_BYTES): 50 MB. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  private final JdbcTransactionRunner tx;

  public JdbcEvidenceStore(JdbcTransactionRunner tx) {
    this.tx = tx;
  }

  @Override
  public long store(PetitionId petition, String evidenceId, String fileName, String contentType, InputStream content,
      long maxBytes) throws IOException {
    try {
      return tx.withConnection(c -> {
        delete(c, petition, evidenceId);
        Optional<Long> size;
        try {
          size = Chunks.write(c, "insert into evidence_chunk (petition_id, evidence_id, seq, bytes) values (?, ?, ?, ?)",
              List.of(petition.value(), evidenceId), content, maxBytes);
        } catch (IOException e) {
          delete(c, petition, evidenceId);
          throw new UncheckedIOException(e);
        }
        if (size.isEmpty()) {
          delete(c, petition, evidenceId);
          throw new EvidenceTooLargeException(maxBytes);
        }
        Sql.update(c, "insert into evidence_file (petition_id, evidence_id, file_name, content_type, size_bytes)"
            + " values (?, ?, ?, ?, ?)", petition.value(), evidenceId, fileName, contentType, size.get());
        return size.get();
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void delete(Connection c, PetitionId petition, String evidenceId) throws SQLException {
    Sql.update(c, "delete from evidence_chunk where petition_id = ? and evidence_id = ?", petition.value(), evidenceId);
    Sql.update(c, "delete from evidence_file where petition_id = ? and evidence_id = ?", petition.value(), evidenceId);
  }

  @Override
  public Optional<StoredFile> find(PetitionId petition, String evidenceId) {
    return tx.withConnection(c -> Sql.queryOne(c, "select evidence_id, file_name, content_type, size_bytes"
        + " from evidence_file where petition_id = ? and evidence_id = ?", rs -> file(petition, rs),
        petition.value(), evidenceId));
  }

  @Override
  public List<StoredFile> list(PetitionId petition) {
    return tx.withConnection(c -> Sql.query(c, "select evidence_id, file_name, content_type, size_bytes"
        + " from evidence_file where petition_id = ? order by evidence_id", rs -> file(petition, rs),
        petition.value()));
  }

  private StoredFile file(PetitionId petition, ResultSet rs) throws SQLException {
    String evidenceId = rs.getString(1);
    return new StoredFile(evidenceId, rs.getString(2), rs.getString(3), rs.getLong(4),
        () -> Chunks.reader(tx, "select bytes from evidence_chunk where petition_id = ? and evidence_id = ? and seq = ?",
            List.of(petition.value(), evidenceId)));
  }
}
