package vn.pakn.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.pakn.application.port.out.ArchivedReport;
import vn.pakn.application.port.out.ReportArchive;

/** What every {@link ReportArchive} must do. */
public abstract class AbstractReportArchiveContractTest {

  private static final Instant T = Instant.parse("2020-04-01T02:00:00Z");

  /** An empty archive. */
  protected abstract ReportArchive archive();

  @Test
  void givenArchivedReports_whenListedAndOpened_thenNewestFirstWithTheirBytes() throws IOException {
    ReportArchive archive = archive();
    byte[] csv = "lĩnh vực;số lượng\nĐiện;12\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);

    ArchivedReport q1 = archive.store("r-1", "Quý I/2020", "csv", T, "Vi La Linh", new ByteArrayInputStream(csv));
    ArchivedReport march = archive.store("r-2", "Tháng 3/2020", "csv", T.plusSeconds(60), "Vi La Linh",
        new ByteArrayInputStream(new byte[] {1, 2, 3}));

    assertThat(q1.size()).isEqualTo(csv.length);
    assertThat(archive.list(10)).containsExactly(march, q1);
    assertThat(archive.list(1)).containsExactly(march);
    assertThat(archive.find("r-1")).contains(q1);
    try (InputStream in = archive.open("r-1").orElseThrow()) {
      assertThat(in.readAllBytes()).isEqualTo(csv);
    }
    assertThat(archive.open("missing")).isEmpty();
  }
}
