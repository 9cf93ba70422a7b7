package vn.pakn.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Intake under load: N clients POST the dev-set petitions to {@code /api/v1/petitions} of the server jar on
 * PostgreSQL; then, in the same run, the physical baseline: plain JDBC writing the same rows (the petition, its
 * events, its notification: what the server's intake transaction writes, copied from rows the server wrote) with
 * the same durability (the same database, synchronous commit), the same number of connections (the server's
 * pool) and one transaction per petition. Also the server's RSS and heap under the load.
 *
 * <p>{@code java -cp benchmarks/target/pakn-benchmarks.jar vn.pakn.benchmarks.IntakeLoad [--clients=32]
 * [--duration=20] [--warmup=10] [--runs=3] [--max=500000] [--pool=10] [--server-jvm-args="-Xmx256m"] [--jfr]
 * [--open311]}; with {@code --open311} the clients post Open311 GeoReport v2 requests
 * ({@code POST /open311/v2/requests.json}, form-encoded, with an API key the leader creates first) instead.
 */
public final class IntakeLoad {

  /** The server's pool size ({@code Database.open}'s default). */
  static final int SERVER_POOL = 10;
  private static final Duration BASELINE_WARMUP = Duration.ofSeconds(10);

  private static final String PETITION_COLUMNS = "id, version, title, status, sector, kind, assignee, unit,"
      + " received_ns, received_on, deadline, forwarded_on, unit_answered_on, outcome, reception, complex,"
      + " search_text, document";
  private static final String EVENT_COLUMNS = "petition_id, seq, type, actor_account, actor_name, at_ns, summary";
  private static final String NOTIFICATION_COLUMNS = "id, recipient, kind, petition_id, message, created_ns,"
      + " dedup_key, is_read";

  /** One run: the API, the baseline, the server's footprint during the API load. */
  record RunResult(Load.Result api, Load.Result baseline, double rssMaxMb, double rssPeakMb, double heapCommittedMb,
      double heapUsedMb) {
    double ratio() {
      return api.perSecond() / baseline.perSecond();
    }
  }

  private IntakeLoad() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    Args a = Args.parse(args);
    int clients = a.integer("clients", 32);
    Duration warmup = a.seconds("warmup", 10);
    Duration duration = a.seconds("duration", 20);
    long max = a.longValue("max", 1_000_000);
    int runs = a.integer("runs", 3);
    int pool = a.integer("pool", SERVER_POOL);
    String pg = a.string("pg", "jdbc:postgresql://127.0.0.1:5432/");
    String database = a.string("db", "pakn_intake");
    String adminDb = a.string("admin-db", "test");
    String user = a.string("user", "postgres");
    List<String> jvmArgs = new ArrayList<>(splitArgs(a.string("server-jvm-args", "")));
    Path logs = Files.createDirectories(Path.of(a.string("out", "benchmarks/target/intake")));
    Path jar = ServerProcess.defaultJar();
    List<DevSet.Entry> devSet = DevSet.load();
    boolean open311 = a.flag("open311");
    out.printf("intake%s: %d clients, warm-up %d s, %d s measured (max %,d requests), %d runs, server pool %d,"
        + " baseline pool %d, server JVM args %s; load average %s%n", open311 ? " (Open311)" : "", clients,
        warmup.toSeconds(),
        duration.toSeconds(), max, runs, SERVER_POOL, pool, jvmArgs, loadAverage());
    List<RunResult> results = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      Pg.recreate(pg, adminDb, user, database);
      List<String> jvm = new ArrayList<>(jvmArgs);
      if (a.flag("jfr")) {
        jvm.add("-XX:StartFlightRecording=filename=" + logs.toAbsolutePath().resolve("server-run" + run + ".jfr")
            + ",settings=profile,dumponexit=true");
      }
      RunResult r = once(jar, Pg.url(pg, database, user), jvm, logs.resolve("server-run" + run + ".log"), devSet,
          clients, warmup, duration, max, pool, open311, out);
      results.add(r);
    }
    out.println();
    out.println("| figure | median | min–max |");
    out.println("| --- | --- | --- |");
    row(out, "API intake, petitions/s", results.stream().map(r -> r.api().perSecond()).toList(), "%,.0f");
    row(out, "API p50 ms", results.stream().map(r -> Stats.ms(r.api().p50Nanos())).toList(), "%.1f");
    row(out, "API p99 ms", results.stream().map(r -> Stats.ms(r.api().p99Nanos())).toList(), "%.1f");
    row(out, "baseline JDBC, petitions/s", results.stream().map(r -> r.baseline().perSecond()).toList(), "%,.0f");
    row(out, "baseline p50 ms", results.stream().map(r -> Stats.ms(r.baseline().p50Nanos())).toList(), "%.1f");
    row(out, "baseline p99 ms", results.stream().map(r -> Stats.ms(r.baseline().p99Nanos())).toList(), "%.1f");
    row(out, "ratio API / baseline", results.stream().map(RunResult::ratio).toList(), "%.2f");
    row(out, "server RSS under load, max MB", results.stream().map(RunResult::rssMaxMb).toList(), "%.0f");
    row(out, "server RSS high-water mark MB", results.stream().map(RunResult::rssPeakMb).toList(), "%.0f");
    row(out, "server heap committed MB", results.stream().map(RunResult::heapCommittedMb).toList(), "%.0f");
    row(out, "server heap used MB", results.stream().map(RunResult::heapUsedMb).toList(), "%.0f");
    out.printf("load average after: %s%n", loadAverage());
  }

  private static void row(PrintStream out, String what, List<Double> values, String format) {
    out.printf("| %s | %s | %s–%s |%n", what, String.format(format, Stats.median(values)),
        String.format(format, Stats.min(values)), String.format(format, Stats.max(values)));
  }

  static List<String> splitArgs(String s) {
    return s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "?";
    }
  }

  /** One run against a database the server migrates on start. */
  static RunResult once(Path jar, String dbUrl, List<String> jvmArgs, Path log, List<DevSet.Entry> devSet,
      int clients, Duration warmup, Duration duration, long max, int pool, boolean open311, PrintStream out) {
    Load.Result api;
    CpuMeter.Snapshot apiCpu;
    double[] heap;
    double[] rss = {0, 0};
    try (ServerProcess server = ServerProcess.start(jar, Map.of("PAKN_DB_URL", dbUrl,
        "PAKN_DATA_DIR", log.getParent().resolve("data").toAbsolutePath().toString()), jvmArgs, log)) {
      HttpClient http = Api.client();
      String token = Api.token(http, server.base(), ServerProcess.ADMIN_USER, ServerProcess.ADMIN_PASSWORD);
      String[] bodies = devSet.stream().map(e -> DevSet.json(e.intakeBody())).toArray(String[]::new);
      Load.Operation post = open311 ? open311Post(http, server.base(), token, devSet) : (client, seq) -> {
        HttpResponse<String> r = Api.send(http, HttpRequest.newBuilder(server.base().resolve("/api/v1/petitions"))
            .timeout(Api.TIMEOUT).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(bodies[(int) (seq % bodies.length)])).build());
        return r.statusCode() == 201;
      };
      Load.Result w = Load.run(clients, warmup, max, post);
      out.printf("  warm-up API: %s%n", w);
      AtomicBoolean sampling = new AtomicBoolean(true);
      AtomicReference<Double> maxRss = new AtomicReference<>(0.0);
      Thread sampler = new Thread(() -> {
        long limit = System.nanoTime() + duration.plusSeconds(60).toNanos();
        while (sampling.get() && System.nanoTime() < limit) {
          double now = server.rssAndPeakMb()[0];
          maxRss.accumulateAndGet(now, Math::max);
          ServerProcess.sleep(200);
        }
      }, "rss-sampler");
      sampler.setDaemon(true);
      sampler.start();
      CpuMeter.Snapshot before = CpuMeter.snapshot(server.pid());
      api = Load.run(clients, duration, max, post);
      apiCpu = CpuMeter.snapshot(server.pid()).minus(before);
      sampling.set(false);
      heap = server.heapCommittedAndUsedMb();
      rss[0] = maxRss.get();
      rss[1] = server.rssAndPeakMb()[1];
      out.printf("  API:      %s; RSS max %.0f MB (high-water %.0f MB), heap committed %.0f MB, used %.0f MB%n",
          api, rss[0], rss[1], heap[0], heap[1]);
      out.printf("            %s%n", apiCpu.perOperation(api.ok()));
    }
    Load.Result baseline = baseline(dbUrl, clients, warmup, duration, max, pool, out);
    return new RunResult(api, baseline, rss[0], rss[1], heap[0], heap[1]);
  }

  /**
   * Open311 intake: the leader creates an API key, then each request posts a dev-set petition form-encoded as a
   * GeoReport v2 service request (description = title and content; sender's e-mail and phone when given).
   */
  static Load.Operation open311Post(HttpClient http, java.net.URI base, String token, List<DevSet.Entry> devSet) {
    HttpResponse<String> created = Api.send(http, HttpRequest.newBuilder(base.resolve("/api/v1/api-keys"))
        .timeout(Api.TIMEOUT).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\"}")).build());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("API key: " + created.statusCode() + " " + created.body());
    }
    String key = DevSet.parse(created.body()).path("key").asText();
    String[] forms = devSet.stream().map(e -> {
      StringBuilder f = new StringBuilder("api_key=").append(enc(key))
          .append("&description=").append(enc(e.text().title() + ". " + e.text().content()));
      Object sender = e.intakeBody().get("sender");
      if (sender instanceof Map<?, ?> m) {
        if (m.get("email") != null) {
          f.append("&email=").append(enc(String.valueOf(m.get("email"))));
        }
        if (m.get("phone") != null) {
          f.append("&phone=").append(enc(String.valueOf(m.get("phone"))));
        }
      }
      return f.toString();
    }).toArray(String[]::new);
    return (client, seq) -> {
      HttpResponse<String> r = Api.send(http, HttpRequest.newBuilder(base.resolve("/open311/v2/requests.json"))
          .timeout(Api.TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(forms[(int) (seq % forms.length)])).build());
      return r.statusCode() == 201;
    };
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The baseline, on the petitions the server wrote (their rows copied with new ids). */
  static Load.Result baseline(String dbUrl, int clients, Duration warmup, Duration duration, long max, int pool,
      PrintStream out) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(dbUrl);
    config.setMaximumPoolSize(pool);
    config.setMinimumIdle(pool);
    config.setPoolName("baseline");
    try (HikariDataSource ds = new HikariDataSource(config)) {
      List<Template> templates = templates(ds);
      if (templates.isEmpty()) {
        throw new IllegalStateException("no petition written by the server to copy");
      }
      Load.Operation insert = (client, seq) -> {
        templates.get((int) (seq % templates.size())).insert(ds);
        return true;
      };
      // the baseline has no server to warm: the driver's JVM and the connections warm in a few seconds
      Load.Result w = Load.run(clients, warmup.compareTo(BASELINE_WARMUP) < 0 ? warmup : BASELINE_WARMUP, max, insert);
      out.printf("  warm-up baseline: %s%n", w);
      CpuMeter.Snapshot before = CpuMeter.snapshot(0);
      Load.Result r = Load.run(clients, duration, max, insert);
      CpuMeter.Snapshot cpu = CpuMeter.snapshot(0).minus(before);
      out.printf("  baseline: %s%n            %s%n", r, cpu.perOperation(r.ok()));
      return r;
    }
  }

  /** A stored petition's rows (petition, events, notifications), re-inserted under a fresh id. */
  record Template(Object[] petition, int[] petitionTypes, List<Object[]> events, int[] eventTypes,
      List<Object[]> notifications, int[] notificationTypes) {

    void insert(HikariDataSource ds) throws SQLException {
      String id = UUID.randomUUID().toString();
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        try {
          try (PreparedStatement ps = c.prepareStatement("insert into petition (" + PETITION_COLUMNS
              + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Object[] row = petition.clone();
            row[0] = id;
            bind(ps, row, petitionTypes);
            ps.executeUpdate();
          }
          try (PreparedStatement ps = c.prepareStatement("insert into petition_event (" + EVENT_COLUMNS
              + ") values (?, ?, ?, ?, ?, ?, ?)")) {
            for (Object[] e : events) {
              Object[] row = e.clone();
              row[0] = id;
              bind(ps, row, eventTypes);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          try (PreparedStatement ps = c.prepareStatement("insert into notification (" + NOTIFICATION_COLUMNS
              + ") values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")) {
            for (Object[] n : notifications) {
              Object[] row = n.clone();
              row[0] = UUID.randomUUID().toString();
              row[3] = id;
              if (row[6] != null) {
                row[6] = UUID.randomUUID().toString();
              }
              bind(ps, row, notificationTypes);
              ps.executeUpdate();
            }
          }
          c.commit();
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
      }
    }

    private static void bind(PreparedStatement ps, Object[] row, int[] types) throws SQLException {
      for (int i = 0; i < row.length; i++) {
        if (row[i] == null) {
          ps.setNull(i + 1, types[i]);
        } else {
          ps.setObject(i + 1, row[i]);
        }
      }
    }
  }

  static List<Template> templates(HikariDataSource ds) {
    try (Connection c = ds.getConnection()) {
      List<Template> out = new ArrayList<>();
      List<Object[]> petitions = new ArrayList<>();
      int[] petitionTypes;
      try (PreparedStatement ps = c.prepareStatement("select " + PETITION_COLUMNS
          + " from petition order by received_ns desc limit 60"); ResultSet rs = ps.executeQuery()) {
        petitionTypes = types(rs.getMetaData());
        while (rs.next()) {
          petitions.add(row(rs));
        }
      }
      for (Object[] p : petitions) {
        List<Object[]> events = new ArrayList<>();
        int[] eventTypes;
        try (PreparedStatement ps = c.prepareStatement("select " + EVENT_COLUMNS
            + " from petition_event where petition_id = ? order by seq")) {
          ps.setObject(1, p[0]);
          try (ResultSet rs = ps.executeQuery()) {
            eventTypes = types(rs.getMetaData());
            while (rs.next()) {
              events.add(row(rs));
            }
          }
        }
        List<Object[]> notifications = new ArrayList<>();
        int[] notificationTypes;
        try (PreparedStatement ps = c.prepareStatement("select " + NOTIFICATION_COLUMNS
            + " from notification where petition_id = ?")) {
          ps.setObject(1, p[0]);
          try (ResultSet rs = ps.executeQuery()) {
            notificationTypes = types(rs.getMetaData());
            while (rs.next()) {
              notifications.add(row(rs));
            }
          }
        }
        out.add(new Template(p, petitionTypes, events, eventTypes, notifications, notificationTypes));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int[] types(ResultSetMetaData md) throws SQLException {
    int[] t = new int[md.getColumnCount()];
    for (int i = 0; i < t.length; i++) {
      t[i] = md.getColumnType(i + 1);
    }
    return t;
  }

  private static Object[] row(ResultSet rs) throws SQLException {
    Object[] r = new Object[rs.getMetaData().getColumnCount()];
    for (int i = 0; i < r.length; i++) {
      r[i] = rs.getObject(i + 1);
    }
    return r;
  }

}
