package vn.pakn.adapters.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Files stored as numbered chunks of at most {@link #CHUNK_BYTES}: written as they are read from the input
 * and read back one chunk at a time, so a 50 MB file never sits whole in memory.
 */
final class Chunks {

  static final int CHUNK_BYTES = 256 * 1024;

  private Chunks() {}

  /**
   * Writes the content as chunks; {@code insertSql} takes the key parameters, then seq, then bytes.
   *
   * @return the size, or empty when it exceeded {@code maxBytes} (the caller removes what was written)
   */
  static Optional<Long> write(Connection c, String insertSql, List<Object> key, InputStream in, long maxBytes)
      throws SQLException, IOException {
    long total = 0;
    int seq = 0;
    byte[] buffer = new byte[CHUNK_BYTES];
    try (PreparedStatement ps = c.prepareStatement(insertSql)) {
      while (true) {
        int filled = in.readNBytes(buffer, 0, CHUNK_BYTES);
        if (filled == 0) {
          return Optional.of(total);
        }
        total += filled;
        if (total > maxBytes) {
          return Optional.empty();
        }
        List<Object> params = new ArrayList<>(key);
        params.add(seq++);
        Sql.bind(ps, params.toArray());
        byte[] chunk = filled == CHUNK_BYTES ? buffer : java.util.Arrays.copyOf(buffer, filled);
        ps.setBytes(params.size() + 1, chunk);
        ps.executeUpdate();
        if (filled < CHUNK_BYTES) {
          return Optional.of(total);
        }
      }
    }
  }

  /** Reads the chunks back in order, one query per chunk; {@code selectSql} takes the key, then seq. */
  static InputStream reader(JdbcTransactionRunner tx, String selectSql, List<Object> key) {
    return new InputStream() {
      private int seq;
      private byte[] chunk = new byte[0];
      private int pos;
      private boolean done;

      private boolean fill() {
        while (!done && pos >= chunk.length) {
          List<Object> params = new ArrayList<>(key);
          params.add(seq++);
          Optional<byte[]> next = tx.withConnection(c -> Sql.queryOne(c, selectSql, rs -> rs.getBytes(1),
              params.toArray()));
          if (next.isEmpty()) {
            done = true;
          } else {
            chunk = next.get();
            pos = 0;
          }
        }
        return !done;
      }

      @Override
      public int read() {
        return fill() ? chunk[pos++] & 0xff : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        if (!fill()) {
          return -1;
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
      }
    };
  }

}
