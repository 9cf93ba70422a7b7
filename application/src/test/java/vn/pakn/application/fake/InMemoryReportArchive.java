package vn.pakn.application.fake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.pakn.application.port.out.ArchivedReport;
import vn.pakn.application.port.out.ReportArchive;

/** Archived reports in memory. */
public final class InMemoryReportArchive implements ReportArchive {

  private record Entry(ArchivedReport report, byte[] bytes) {}

  private final Map<String, Entry> reports = new LinkedHashMap<>();

  @Override
  public synchronized ArchivedReport store(String id, String periodLabel, String format, Instant createdAt,
      String createdBy, InputStream content) throws IOException {
    byte[] bytes = content.readAllBytes();
    ArchivedReport report = new ArchivedReport(id, periodLabel, format, bytes.length, createdAt, createdBy);
    reports.put(id, new Entry(report, bytes));
    return report;
  }

  @Override
  public synchronized Optional<ArchivedReport> find(String id) {
    return Optional.ofNullable(reports.get(id)).map(Entry::report);
  }

  @Override
  public synchronized Optional<InputStream> open(String id) {
    return Optional.ofNullable(reports.get(id)).map(e -> new ByteArrayInputStream(e.bytes()));
  }

  @Override
  public synchronized List<ArchivedReport> list(int limit) {
    return reports.values().stream().map(Entry::report)
        .sorted(Comparator.comparing(ArchivedReport::createdAt).thenComparing(ArchivedReport::id).reversed())
        .limit(limit).collect(Collectors.toList());
  }
}
