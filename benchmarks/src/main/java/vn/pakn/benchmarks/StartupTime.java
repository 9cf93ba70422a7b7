package vn.pakn.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Start-up time of the server jar on H2: from launching {@code java -jar} to the first 200 of {@code /health}
 * (polled every 5 ms), on an empty data directory (first start: migrations, the roster's accounts) and again on
 * the same directory (a restart). Also the RSS when healthy and idle.
 *
 * <p>{@code java -cp benchmarks/target/pakn-benchmarks.jar vn.pakn.benchmarks.StartupTime [--runs=5]
 * [--server-jvm-args=...]}
 */
public final class StartupTime {

  /** Seconds to healthy for first starts and restarts, and idle RSS in MB after each restart. */
  record Result(List<Double> firstStarts, List<Double> restarts, List<Double> idleRssMb) {}

  private StartupTime() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    Args a = Args.parse(args);
    int runs = a.integer("runs", 5);
    Path dir = Files.createDirectories(Path.of(a.string("out", "benchmarks/target/startup")));
    List<String> jvmArgs = IntakeLoad.splitArgs(a.string("server-jvm-args", ""));
    out.printf("start-up on H2: %d runs, server JVM args %s; load average %s%n", runs, jvmArgs,
        IntakeLoad.loadAverage());
    Result r = measure(ServerProcess.defaultJar(), dir, runs, jvmArgs, out);
    out.println("| figure | median | min–max |");
    out.println("| --- | --- | --- |");
    out.printf("| first start (empty H2) to healthy /health, s | %s |%n", Stats.spread(r.firstStarts(), "%.2f")
        .replace(" (", " | ").replace(")", ""));
    out.printf("| restart (existing H2) to healthy /health, s | %s |%n", Stats.spread(r.restarts(), "%.2f")
        .replace(" (", " | ").replace(")", ""));
    out.printf("| idle RSS after start, MB | %s |%n", Stats.spread(r.idleRssMb(), "%.0f")
        .replace(" (", " | ").replace(")", ""));
  }

  static Result measure(Path jar, Path dir, int runs, List<String> jvmArgs, PrintStream out) throws IOException {
    List<Double> first = new ArrayList<>();
    List<Double> again = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      Path data = dir.resolve("data-" + run);
      deleteTree(data);
      Files.createDirectories(data);
      Map<String, String> settings = Map.of("PAKN_DATA_DIR", data.toAbsolutePath().toString());
      Path log = dir.resolve("server-" + run + ".log");
      try (ServerProcess s = ServerProcess.start(jar, settings, jvmArgs, log)) {
        first.add(s.startSeconds());
      }
      try (ServerProcess s = ServerProcess.start(jar, settings, jvmArgs, log)) {
        again.add(s.startSeconds());
        ServerProcess.sleep(1000);
        rss.add(s.rssAndPeakMb()[0]);
      }
      out.printf("  run %d: first start %.2f s, restart %.2f s, idle RSS %.0f MB%n", run, first.get(run - 1),
          again.get(run - 1), rss.get(run - 1));
      deleteTree(data);
    }
    return new Result(first, again, rss);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
