package vn.pakn.application.port.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/** A generated report kept in the archive: what period, which format, who made it and when. */
public record ArchivedReport(String id, String periodLabel, String format, long size, Instant createdAt,
    String createdBy) {

  public ArchivedReport {
    checkArgument(id != null && !id.isBlank(), "id");
    checkNotNull(periodLabel, "periodLabel");
    checkArgument(format != null && !format.isBlank(), "format");
    checkArgument(size >= 0, "size");
    checkNotNull(createdAt, "createdAt");
    checkNotNull(createdBy, "createdBy");
  }
}
