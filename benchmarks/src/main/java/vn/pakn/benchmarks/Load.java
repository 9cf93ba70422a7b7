package vn.pakn.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** N client threads running one operation in a loop, bounded in count and in time; latencies per operation. */
final class Load {

  /** One operation; false (or an exception) counts as an error. */
  @FunctionalInterface
  interface Operation {
    boolean run(int client, long sequence) throws Exception;
  }

  /** What one run measured. */
  record Result(long ok, long errors, double seconds, long p50Nanos, long p99Nanos, long maxNanos) {
    double perSecond() {
      return ok / seconds;
    }

    @Override
    public String toString() {
      return String.format("%,d ok, %d errors in %.1f s: %,.0f/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms", ok, errors,
          seconds, perSecond(), Stats.ms(p50Nanos), Stats.ms(p99Nanos), Stats.ms(maxNanos));
    }
  }

  private Load() {}

  static Result run(int clients, Duration duration, long maxOperations, Operation op) {
    AtomicLong issued = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long[][] latencies = new long[clients][];
    int[] counts = new int[clients];
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread t = new Thread(() -> {
        long[] mine = new long[1024];
        int n = 0;
        long seq;
        while (System.nanoTime() < deadline && (seq = issued.incrementAndGet()) <= maxOperations) {
          long t0 = System.nanoTime();
          boolean ok;
          try {
            ok = op.run(client, seq);
          } catch (Exception e) {
            ok = false;
          }
          long took = System.nanoTime() - t0;
          if (!ok) {
            errors.incrementAndGet();
            continue;
          }
          if (n == mine.length) {
            mine = Arrays.copyOf(mine, n * 2);
          }
          mine[n++] = took;
        }
        latencies[client] = mine;
        counts[client] = n;
      }, "load-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    long joinLimit = deadline + Duration.ofSeconds(30).toNanos();
    for (Thread t : threads) {
      long left = Math.max(1, (joinLimit - System.nanoTime()) / 1_000_000);
      try {
        t.join(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (t.isAlive()) {
        throw new IllegalStateException(t.getName() + " still running 30 s after the deadline");
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(latencies[c], 0, all, at, counts[c]);
      at += counts[c];
    }
    long p50 = Stats.percentile(all, 50);
    long p99 = Stats.percentile(all, 99);
    return new Result(total, errors.get(), seconds, p50, p99, total == 0 ? 0 : all[total - 1]);
  }
}
