package vn.pakn.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keeps generated reports (R6), their bytes streamed in and out. */
public interface ReportArchive {

  /** Streams the content into the archive; returns the stored entry with its size. */
  ArchivedReport store(String id, String periodLabel, String format, Instant createdAt, String createdBy,
      InputStream content) throws IOException;

  Optional<ArchivedReport> find(String id);

  /** Opens the bytes of a stored report; the caller closes the stream. */
  Optional<InputStream> open(String id) throws IOException;

  /** Newest first. */
  List<ArchivedReport> list(int limit);
}
