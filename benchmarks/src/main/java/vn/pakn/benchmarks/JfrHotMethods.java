package vn.pakn.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU time goes, from a JFR recording ({@code IntakeLoad --jfr}): the share of execution
 * samples per method, by own time (top frame) and inclusive (anywhere on the stack, for the project's and the
 * main libraries' methods), plus the JVM's and the machine's CPU load.
 *
 * <p>{@code java -cp benchmarks/target/pakn-benchmarks.jar vn.pakn.benchmarks.JfrHotMethods <file.jfr> [top]}
 */
public final class JfrHotMethods {

  private static final List<String> INTERESTING = List.of("vn.pakn.", "com.password4j.", "org.postgresql.",
      "com.zaxxer.", "com.fasterxml.", "io.javalin.", "ch.qos.logback.");

  private JfrHotMethods() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    int samples = 0;
    double jvm = 0;
    double machine = 0;
    int loads = 0;
    Map<String, Double> threadCpu = new HashMap<>();
    Map<String, Integer> threadCpuEvents = new HashMap<>();
    double gcPauseMs = 0;
    double compileMs = 0;
    java.time.Instant first = null;
    java.time.Instant last = null;
    try (RecordingFile f = new RecordingFile(Path.of(args[0]))) {
      while (f.hasMoreEvents()) {
        RecordedEvent e = f.readEvent();
        String type = e.getEventType().getName();
        first = first == null || e.getStartTime().isBefore(first) ? e.getStartTime() : first;
        last = last == null || e.getEndTime().isAfter(last) ? e.getEndTime() : last;
        if (type.equals("jdk.ThreadCPULoad") && e.getThread() != null) {
          String thread = (e.getThread().getJavaName() != null ? e.getThread().getJavaName()
              : e.getThread().getOSName()) + "@" + e.getThread().getId();
          threadCpu.merge(thread, (double) e.getFloat("user") + e.getFloat("system"), Double::sum);
          threadCpuEvents.merge(thread, 1, Integer::sum);
        }
        if (type.equals("jdk.GarbageCollection")) {
          gcPauseMs += e.getDuration("sumOfPauses").toNanos() / 1e6;
        }
        if (type.equals("jdk.Compilation")) {
          compileMs += e.getDuration().toNanos() / 1e6;
        }
        if (type.equals("jdk.CPULoad")) {
          jvm += e.getFloat("jvmUser") + e.getFloat("jvmSystem");
          machine += e.getFloat("machineTotal");
          loads++;
        }
        if (!type.equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
          continue;
        }
        List<RecordedFrame> frames = e.getStackTrace().getFrames();
        if (frames.isEmpty()) {
          continue;
        }
        samples++;
        self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame fr : frames) {
          String n = name(fr.getMethod());
          if (INTERESTING.stream().anyMatch(n::startsWith) && seen.add(n)) {
            inclusive.merge(n, 1, Integer::sum);
          }
        }
      }
    }
    out.printf("%,d execution samples; mean CPU: this JVM %.0f%%, whole machine %.0f%% (of all cores)%n", samples,
        loads == 0 ? Double.NaN : 100 * jvm / loads, loads == 0 ? Double.NaN : 100 * machine / loads);
    double seconds = first == null ? 0 : java.time.Duration.between(first, last).toNanos() / 1e9;
    out.printf("recording %.1f s; GC pauses %.0f ms in all; JIT compilations %.0f ms of compiler-thread time%n",
        seconds, gcPauseMs, compileMs);
    out.println("-- CPU by thread group (sum of its threads' mean load; % of the whole machine, all cores)");
    Map<String, Double> meanByGroup = new HashMap<>();
    threadCpu.forEach((t, sum) -> meanByGroup.merge(group(t.substring(0, t.lastIndexOf('@'))),
        sum / threadCpuEvents.get(t), Double::sum));
    meanByGroup.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(12)
        .forEach(g -> out.printf("%6.1f%%  %s%n", 100 * g.getValue(), g.getKey()));
    print(out, "own time (top frame)", self, samples, top);
    print(out, "inclusive (project and main libraries)", inclusive, samples, top);
  }

  private static String group(String thread) {
    return thread == null ? "?" : thread.replaceAll("[-#]?\\d+$", "").replaceAll("\\d+", "N");
  }

  private static String name(RecordedMethod m) {
    return m == null ? "?" : m.getType().getName() + "." + m.getName();
  }

  private static void print(PrintStream out, String title, Map<String, Integer> counts, int samples, int top) {
    out.println("-- " + title);
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .forEach(e -> out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
  }
}
