package vn.pakn.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.pakn.adapters.jdbc.Database;

/** 2,000 seeded petitions on a fresh PostgreSQL schema; every inbox case and the report a few times. */
class ScaleBenchSmokeTest {

  @Test
  void timesInboxAndReportAgainstSql(@TempDir Path dir) throws Exception {
    Path jar = SmokeSupport.jarOrSkip();
    String base = SmokeSupport.pgOrSkip();
    String schema = SmokeSupport.randomSchema("bench_scale_");
    String url = SmokeSupport.createSchema(base, schema);
    try {
      try (Database db = Database.open(url, null, null, 2)) {
        assertThat(Seed.load(db, 2_000)).isEqualTo(2_000);
      }
      ScaleBench.Result r = ScaleBench.measure(jar, url, List.of(), dir.resolve("server.log"), 1, 3, 1, 1, java.time.Duration.ofSeconds(5),
          new PrintStream(System.out, true, StandardCharsets.UTF_8));
      assertThat(r.inbox()).hasSize(ScaleBench.cases(java.time.LocalDate.now()).size());
      assertThat(r.reportMs()).hasSize(1);
      assertThat(r.reportSqlMs().get(0)).isPositive();
    } finally {
      SmokeSupport.dropSchema(base, schema);
    }
  }
}
