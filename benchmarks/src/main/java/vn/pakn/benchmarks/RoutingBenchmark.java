package vn.pakn.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.pakn.adapters.profile.DistrictProfileReader;
import vn.pakn.domain.routing.PetitionText;
import vn.pakn.domain.routing.Router;
import vn.pakn.domain.routing.RoutingDecision;

/**
 * Routing throughput: one call of {@link Router#route} per operation, cycling through the dev-set texts with
 * Hòa An's roster, on one thread. Score = petitions routed per second; with {@code -prof gc},
 * {@code gc.alloc.rate.norm} = bytes allocated per petition.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RoutingBenchmark {

  private Router router;
  private PetitionText[] texts;
  private int next;

  @Setup
  public void setUp() {
    router = Router.of(DistrictProfileReader.hoaAn().roster());
    List<DevSet.Entry> set = DevSet.load();
    texts = set.stream().map(DevSet.Entry::text).toArray(PetitionText[]::new);
  }

  @Benchmark
  public RoutingDecision route() {
    PetitionText t = texts[next];
    next = next + 1 == texts.length ? 0 : next + 1;
    return router.route(t);
  }
}
