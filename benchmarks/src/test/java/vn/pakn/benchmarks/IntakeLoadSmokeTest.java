package vn.pakn.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The intake driver for about a second each way (4 clients), the server jar on a fresh PostgreSQL schema. */
class IntakeLoadSmokeTest {

  @org.junit.jupiter.params.ParameterizedTest(name = "open311={0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
  void postsPetitionsAndRunsTheBaseline(boolean open311, @TempDir Path dir) {
    Path jar = SmokeSupport.jarOrSkip();
    String base = SmokeSupport.pgOrSkip();
    String schema = SmokeSupport.randomSchema("bench_intake_");
    String url = SmokeSupport.createSchema(base, schema);
    try {
      IntakeLoad.RunResult r = IntakeLoad.once(jar, url, List.of(), dir.resolve("server.log"), DevSet.load(), 4,
          Duration.ofMillis(300), Duration.ofSeconds(1), 5_000, IntakeLoad.SERVER_POOL, open311,
          new PrintStream(System.out, true, StandardCharsets.UTF_8));
      assertThat(r.api().ok()).isPositive();
      assertThat(r.api().errors()).isZero();
      assertThat(r.baseline().ok()).isPositive();
      assertThat(r.baseline().errors()).isZero();
      assertThat(r.rssMaxMb()).isPositive();
    } finally {
      SmokeSupport.dropSchema(base, schema);
    }
  }
}
