package vn.pakn.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (Linux /proc, clock ticks of 10 ms) of this driver, the server process and all PostgreSQL processes,
 * and of the whole machine, so that a load phase can be split into "CPU per operation" by who spent it.
 */
final class CpuMeter {

  private static final double TICK_MS = 10.0;

  /** Milliseconds of CPU so far: driver, server, postgres, whole machine (busy, all cores). */
  record Snapshot(double driverMs, double serverMs, double postgresMs, double machineBusyMs) {
    Snapshot minus(Snapshot before) {
      return new Snapshot(driverMs - before.driverMs, serverMs - before.serverMs, postgresMs - before.postgresMs,
          machineBusyMs - before.machineBusyMs);
    }

    double otherMs() {
      return Math.max(0, machineBusyMs - driverMs - serverMs - postgresMs);
    }

    String perOperation(long operations) {
      double n = Math.max(1, operations);
      return String.format("CPU ms per op: driver %.2f, server %.2f, postgres %.2f, other processes %.2f",
          driverMs / n, serverMs / n, postgresMs / n, otherMs() / n);
    }
  }

  private CpuMeter() {}

  static Snapshot snapshot(long serverPid) {
    return new Snapshot(process(ProcessHandle.current().pid()), serverPid > 0 ? process(serverPid) : 0, postgres(),
        machineBusy());
  }

  private static double process(long pid) {
    try {
      return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))) * TICK_MS;
    } catch (IOException e) {
      return 0;
    }
  }

  /** utime + stime of a /proc/<pid>/stat line (fields 14 and 15, after the parenthesised command). */
  private static long ticks(String stat) {
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  private static double postgres() {
    double ms = 0;
    try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path p : procs) {
        try {
          String stat = Files.readString(p.resolve("stat"));
          if (stat.contains("(postgres)")) {
            ms += ticks(stat) * TICK_MS;
          }
        } catch (IOException | RuntimeException e) {
          // the process ended meanwhile
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return ms;
  }

  private static double machineBusy() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i < f.length && i <= 8; i++) {
        if (i != 4 && i != 5) { // not idle, not iowait
          busy += Long.parseLong(f[i]);
        }
      }
      return busy * TICK_MS;
    } catch (IOException e) {
      return 0;
    }
  }
}
