package vn.pakn.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One first start and one restart of the server jar on H2. */
class StartupTimeSmokeTest {

  @Test
  void startsAndRestartsOnH2(@TempDir Path dir) throws Exception {
    Path jar = SmokeSupport.jarOrSkip();
    StartupTime.Result r = StartupTime.measure(jar, dir, 1, List.of(),
        new PrintStream(System.out, true, StandardCharsets.UTF_8));
    assertThat(r.firstStarts()).hasSize(1);
    assertThat(r.restarts().get(0)).isPositive();
  }
}
