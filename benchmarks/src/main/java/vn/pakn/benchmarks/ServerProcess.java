package vn.pakn.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server jar as a child process on 127.0.0.1: start, wait for a healthy {@code /health}, measure, stop. */
final class ServerProcess implements AutoCloseable {

  static final String ADMIN_USER = "hoangthihongvan";
  static final String ADMIN_PASSWORD = "bench-Password-2025";
  private static final Duration START_LIMIT = Duration.ofSeconds(90);
  private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");

  private final Process process;
  private final int port;
  private final long startedToHealthyNanos;

  private ServerProcess(Process process, int port, long startedToHealthyNanos) {
    this.process = process;
    this.port = port;
    this.startedToHealthyNanos = startedToHealthyNanos;
  }

  /** The jar: {@code PAKN_SERVER_JAR}, else {@code bootstrap/target/pakn-server.jar} of the checkout. */
  static Path defaultJar() {
    String explicit = System.getenv("PAKN_SERVER_JAR");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path jar = dir.resolve("bootstrap/target/pakn-server.jar");
      if (Files.isRegularFile(jar)) {
        return jar;
      }
    }
    throw new IllegalStateException("bootstrap/target/pakn-server.jar not found (build it: ./mvnw -B -q -pl bootstrap"
        + " -am package -DskipTests, or set PAKN_SERVER_JAR)");
  }

  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the jar with the settings (plus port and admin password) and waits until /health answers 200. */
  static ServerProcess start(Path jar, Map<String, String> settings, List<String> jvmArgs, Path log) {
    int port = freePort();
    List<String> cmd = new ArrayList<>();
    cmd.add(javaBinary());
    cmd.addAll(jvmArgs);
    cmd.add("-jar");
    cmd.add(jar.toAbsolutePath().toString());
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().keySet().removeIf(k -> k.startsWith("PAKN_"));
    pb.environment().putAll(settings);
    pb.environment().put("PAKN_PORT", Integer.toString(port));
    pb.environment().putIfAbsent("PAKN_ADMIN_PASSWORD", ADMIN_PASSWORD);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    URI health = URI.create("http://127.0.0.1:" + port + "/health");
    long t0 = System.nanoTime();
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long deadline = t0 + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("server exited with " + p.exitValue() + " during start; see " + log);
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(1)).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return new ServerProcess(p, port, System.nanoTime() - t0);
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
        throw new IllegalStateException(e);
      }
      sleep(5);
    }
    p.destroyForcibly();
    throw new IllegalStateException("server not healthy within " + START_LIMIT + "; see " + log);
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port);
  }

  long pid() {
    return process.pid();
  }

  double startSeconds() {
    return startedToHealthyNanos / 1e9;
  }

  /** Resident set size now and its high-water mark, in MB (Linux /proc). */
  double[] rssAndPeakMb() {
    try {
      long rss = 0;
      long hwm = 0;
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          rss = kb(line);
        } else if (line.startsWith("VmHWM:")) {
          hwm = kb(line);
        }
      }
      return new double[] {rss / 1024.0, hwm / 1024.0};
    } catch (IOException e) {
      return new double[] {Double.NaN, Double.NaN};
    }
  }

  private static long kb(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }

  /** Java heap committed and used in MB, from {@code jcmd <pid> GC.heap_info}; NaN when jcmd fails. */
  double[] heapCommittedAndUsedMb() {
    try {
      Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
          Long.toString(pid()), "GC.heap_info").redirectErrorStream(true).start();
      String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!jcmd.waitFor(20, TimeUnit.SECONDS)) {
        jcmd.destroyForcibly();
      }
      Matcher m = HEAP.matcher(out);
      return m.find() ? new double[] {Long.parseLong(m.group(1)) / 1024.0, Long.parseLong(m.group(2)) / 1024.0}
          : new double[] {Double.NaN, Double.NaN};
    } catch (IOException e) {
      return new double[] {Double.NaN, Double.NaN};
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new double[] {Double.NaN, Double.NaN};
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** SIGTERM (the server finishes requests in flight and closes the database), then kill after 30 s. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
