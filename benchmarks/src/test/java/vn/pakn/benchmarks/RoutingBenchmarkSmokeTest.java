package vn.pakn.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** One in-process iteration of about a second: the benchmark runs; the figure itself is not judged here. */
class RoutingBenchmarkSmokeTest {

  @Test
  void routesTheDevSet() throws Exception {
    Options options = new OptionsBuilder().include(RoutingBenchmark.class.getName() + ".route").forks(0)
        .warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.seconds(1)).shouldFailOnError(true)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    assertThat(results).hasSize(1);
    assertThat(results.iterator().next().getPrimaryResult().getScore()).isPositive();
  }
}
