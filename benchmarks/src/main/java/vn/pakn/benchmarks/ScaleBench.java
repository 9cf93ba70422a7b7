package vn.pakn.benchmarks;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.pakn.adapters.jdbc.Database;

/**
 * The inbox and the yearly report at scale: N petitions (default 1,000,000) in the PostgreSQL database
 * {@code pakn_bench} (seeded with COPY when it does not hold N), the server jar on it, then per inbox case the
 * first page through {@code GET /api/v1/petitions} (the page and the counts by status) against the same two
 * hand-written SQL statements over plain JDBC, call for call interleaved, timed the same way (client side, wall
 * clock); and the yearly report 2025 through {@code GET /api/v1/reports} against its hand-written SQL.
 *
 * <p>{@code java -cp benchmarks/target/pakn-benchmarks.jar vn.pakn.benchmarks.ScaleBench [--count=1000000]
 * [--runs=3] [--calls=200] [--case-seconds=15] [--reseed] [--seed-only] [--db=pakn_bench]}
 */
public final class ScaleBench {

  private static final String PAGE = "select id, title, status, sector, kind, assignee, unit, received_ns,"
      + " received_on, deadline, complex from petition%s order by received_ns desc, id desc limit 51";
  private static final String COUNTS = "select status, count(*) from petition%s group by status";

  /** One inbox case: the API's query string; the page's and the counts' WHERE clause with parameters. */
  record Case(String name, String query, String pageWhere, List<Object> pageParams, String countWhere,
      List<Object> countParams) {}

  /** Per case: API p50/p95, SQL (page + counts) p50/p95, SQL page alone p50, in ms. */
  record Timing(double apiP50, double apiP95, double sqlP50, double sqlP95, double pageOnlyP50) {}

  /** Measured calls per case before its time budget may stop it. */
  static final int MIN_CALLS = 20;
  /** Warm-up calls per case stop after this (but at least three). */
  static final java.time.Duration WARM_BUDGET = java.time.Duration.ofSeconds(5);

  private ScaleBench() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    Args a = Args.parse(args);
    int count = a.integer("count", 1_000_000);
    int runs = a.integer("runs", 3);
    int calls = a.integer("calls", 200);
    int reportCalls = a.integer("report-calls", 5);
    String pg = a.string("pg", "jdbc:postgresql://127.0.0.1:5432/");
    String database = a.string("db", "pakn_bench");
    String adminDb = a.string("admin-db", "test");
    String user = a.string("user", "postgres");
    Path logs = Files.createDirectories(Path.of(a.string("out", "benchmarks/target/scale")));
    String url = Pg.url(pg, database, user);

    boolean fresh = a.flag("reseed") || !Pg.exists(pg, adminDb, user, database) || rows(url) != count;
    if (fresh) {
      out.printf("seeding %,d petitions into %s ...%n", count, database);
      Pg.recreate(pg, adminDb, user, database);
      long t0 = System.nanoTime();
      try (Database db = Database.open(url, null, null, 4)) {
        Seed.load(db, count);
      }
      out.printf("seeded in %,d s (COPY + vacuum analyze)%n", (System.nanoTime() - t0) / 1_000_000_000);
    }
    if (a.flag("seed-only")) {
      return;
    }
    out.printf("scale: %,d petitions in %s; %d runs of %d calls per inbox case, %d report calls; load average %s%n",
        rows(url), database, runs, calls, reportCalls, IntakeLoad.loadAverage());
    Result r = measure(ServerProcess.defaultJar(), url, IntakeLoad.splitArgs(a.string("server-jvm-args", "")),
        logs.resolve("server.log"), runs, calls, 20, reportCalls, a.seconds("case-seconds", 15), out);
    print(out, r);
    out.printf("load average after: %s%n", IntakeLoad.loadAverage());
  }

  /** Per case, one timing per run; the report's API (GET /api/v1/reports) and SQL medians per run, in ms. */
  record Result(Map<String, List<Timing>> inbox, List<Double> reportMs, List<Double> reportSqlMs) {}

  static long rows(String url) {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from petition")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      return -1; // no schema yet
    }
  }

  static List<Case> cases(LocalDate today) {
    List<Case> c = new ArrayList<>();
    c.add(new Case("no filter", "", "", List.of(), "", List.of()));
    c.add(new Case("status=FORWARDED", "status=FORWARDED", " where status = ?", List.of("FORWARDED"), "",
        List.of()));
    c.add(new Case("assignee=vilalinh", "assignee=vilalinh", " where assignee = ?", List.of("vilalinh"),
        " where assignee = ?", List.of("vilalinh")));
    c.add(new Case("unit=ubnd-xa-binh-long", "unit=ubnd-xa-binh-long", " where unit = ?",
        List.of("ubnd-xa-binh-long"), " where unit = ?", List.of("ubnd-xa-binh-long")));
    c.add(new Case("overdue=true", "overdue=true", " where status = ? and deadline < ?", List.of("FORWARDED", today),
        " where status = ? and deadline < ?", List.of("FORWARDED", today)));
    c.add(new Case("q=trạm y tế (free text)", "q=" + URLEncoder.encode("trạm y tế", StandardCharsets.UTF_8),
        " where search_text like ?", List.of("%tram y te%"), " where search_text like ?", List.of("%tram y te%")));
    return c;
  }

  static Result measure(Path jar, String url, List<String> jvmArgs, Path log, int runs, int calls, int warm,
      int reportCalls, java.time.Duration caseBudget, PrintStream out) throws SQLException {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")); // the server's day (PAKN_TIMEZONE default)
    Map<String, List<Timing>> inbox = new LinkedHashMap<>();
    List<Double> report = new ArrayList<>();
    List<Double> reportSql = new ArrayList<>();
    try (ServerProcess server = ServerProcess.start(jar, Map.of("PAKN_DB_URL", url,
            "PAKN_DATA_DIR", log.getParent().resolve("data").toAbsolutePath().toString()), jvmArgs, log);
        Connection sql = DriverManager.getConnection(url)) {
      try (Statement s = sql.createStatement()) {
        s.execute("set plan_cache_mode = force_custom_plan"); // as the server's pool does
      }
      HttpClient http = Api.client();
      String token = Api.token(http, server.base(), ServerProcess.ADMIN_USER, ServerProcess.ADMIN_PASSWORD);
      HttpRequest yearly = HttpRequest.newBuilder(server.base().resolve("/api/v1/reports?period=YEAR&year=2025"))
          .timeout(java.time.Duration.ofSeconds(60)).header("Authorization", "Bearer " + token).GET().build();
      for (int run = 1; run <= runs; run++) {
        for (Case c : cases(today)) {
          HttpRequest request = HttpRequest.newBuilder(server.base().resolve("/api/v1/petitions"
              + (c.query().isEmpty() ? "" : "?" + c.query()))).timeout(Api.TIMEOUT)
              .header("Authorization", "Bearer " + token).GET().build();
          long[] api = new long[calls];
          long[] both = new long[calls];
          long[] page = new long[calls];
          long budgetEnd = System.nanoTime() + caseBudget.toNanos();
          int done = 0;
          long warmEnd = System.nanoTime() + WARM_BUDGET.toNanos();
          for (int i = -warm; i < calls; i++) {
            if (i >= MIN_CALLS && System.nanoTime() > budgetEnd) {
              break; // bounded in time: at least MIN_CALLS measured calls, then stop at the case's budget
            }
            if (i < -3 && System.nanoTime() > warmEnd) {
              i = -3; // slow cases: the last three warm-up calls only
            }
            // alternate which goes first, so that neither always finds the other's pages in the cache
            long apiNs = 0;
            if (i % 2 == 0) {
              apiNs = timeApi(http, request, c);
            }
            long t1 = System.nanoTime();
            int n = query(sql, String.format(PAGE, c.pageWhere()), c.pageParams());
            query(sql, String.format(COUNTS, c.countWhere()), c.countParams());
            long t2 = System.nanoTime();
            query(sql, String.format(PAGE, c.pageWhere()), c.pageParams());
            long t3 = System.nanoTime();
            if (i % 2 != 0) {
              apiNs = timeApi(http, request, c);
            }
            if (n == 0) {
              throw new IllegalStateException(c.name() + ": the SQL found nothing");
            }
            if (i >= 0) {
              api[i] = apiNs;
              both[i] = t2 - t1;
              page[i] = t3 - t2;
              done = i + 1;
            }
          }
          api = java.util.Arrays.copyOf(api, done);
          both = java.util.Arrays.copyOf(both, done);
          page = java.util.Arrays.copyOf(page, done);
          Timing t = new Timing(Stats.ms(Stats.percentile(api, 50)), Stats.ms(Stats.percentile(api, 95)),
              Stats.ms(Stats.percentile(both, 50)), Stats.ms(Stats.percentile(both, 95)),
              Stats.ms(Stats.percentile(page, 50)));
          inbox.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(t);
          out.printf("  run %d %-26s API p50 %7.2f p95 %7.2f | SQL page+counts p50 %7.2f p95 %7.2f | page alone"
              + " %6.2f ms (%d calls)%n", run, c.name(), t.apiP50(), t.apiP95(), t.sqlP50(), t.sqlP95(),
              t.pageOnlyP50(), done);
        }
        long[] rep = new long[reportCalls];
        long[] repSql = new long[reportCalls];
        for (int i = -1; i < reportCalls; i++) {
          long sqlNs = 0;
          if (i % 2 != 0) {
            long s0 = System.nanoTime();
            reportSql(sql, 2025, today);
            sqlNs = System.nanoTime() - s0;
          }
          long t0 = System.nanoTime();
          String year = reportThroughApi(http, yearly);
          long t1 = System.nanoTime();
          if (i % 2 == 0) {
            reportSql(sql, 2025, today);
            sqlNs = System.nanoTime() - t1;
          }
          if (year.contains("\"received\":0,") || !year.contains("\"received\"")) {
            throw new IllegalStateException("empty report: " + year.substring(0, Math.min(200, year.length())));
          }
          if (i >= 0) {
            rep[i] = t1 - t0;
            repSql[i] = sqlNs;
          }
        }
        report.add(Stats.ms(Stats.percentile(rep, 50)));
        reportSql.add(Stats.ms(Stats.percentile(repSql, 50)));
        out.printf("  run %d yearly report 2025: GET /api/v1/reports %.0f ms | hand-written SQL %.0f ms (medians of %d)%n",
            run, report.get(run - 1), reportSql.get(run - 1), reportCalls);
      }
    }
    return new Result(inbox, report, reportSql);
  }

  /** The yearly report as the API serves it (JSON body), failing on anything but 200. */
  private static String reportThroughApi(HttpClient http, HttpRequest request) {
    try {
      java.net.http.HttpResponse<String> r = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("GET /api/v1/reports: " + r.statusCode() + " " + r.body());
      }
      return r.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long timeApi(HttpClient http, HttpRequest request, Case c) {
    long t0 = System.nanoTime();
    HttpResponse<String> r = Api.send(http, request);
    long took = System.nanoTime() - t0;
    if (r.statusCode() != 200) {
      throw new IllegalStateException(c.name() + ": " + r.statusCode() + " " + r.body());
    }
    return took;
  }

  private static int query(Connection c, String sql, List<Object> params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      int n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rs.getObject(1);
          n++;
        }
      }
      return n;
    }
  }

  /** The report's figures by hand: the three aggregates, rows read; returns the number of rows. */
  static long reportSql(Connection c, int year, LocalDate today) throws SQLException {
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    LocalDate judged = today.isBefore(end) ? today : end;
    String period = " between '" + start + "' and '" + end + "'";
    String on = "'" + judged + "'";
    long rows = 0;
    try (Statement s = c.createStatement()) {
      for (String q : List.of(
          "select sector, assignee, outcome, count(*) from petition where received_on" + period
              + " group by sector, assignee, outcome",
          "select unit, count(*), sum(case when unit_answered_on <= " + on + " and unit_answered_on <= deadline"
              + " then 1 else 0 end), sum(case when unit_answered_on <= " + on + " and unit_answered_on > deadline"
              + " then 1 else 0 end), sum(case when (unit_answered_on is null or unit_answered_on > " + on + ")"
              + " and deadline < " + on + " then 1 else 0 end) from petition where forwarded_on" + period
              + " group by unit",
          "select received_on, forwarded_on, unit_answered_on, count(*) from petition where forwarded_on" + period
              + " group by received_on, forwarded_on, unit_answered_on")) {
        try (ResultSet rs = s.executeQuery(q)) {
          while (rs.next()) {
            rs.getObject(1);
            rows++;
          }
        }
      }
    }
    return rows;
  }

  static void print(PrintStream out, Result r) {
    out.println();
    out.println("| inbox first page | API p50 ms | SQL page+counts p50 ms | ratio API/SQL | API p95 ms"
        + " | SQL page alone p50 ms |");
    out.println("| --- | --- | --- | --- | --- | --- |");
    r.inbox().forEach((name, ts) -> {
      List<Double> ratios = ts.stream().map(t -> t.apiP50() / t.sqlP50()).toList();
      out.printf("| %s | %s | %s | %s | %s | %s |%n", name,
          Stats.spread(ts.stream().map(Timing::apiP50).toList(), "%.1f"),
          Stats.spread(ts.stream().map(Timing::sqlP50).toList(), "%.1f"), Stats.spread(ratios, "%.2f"),
          Stats.spread(ts.stream().map(Timing::apiP95).toList(), "%.1f"),
          Stats.spread(ts.stream().map(Timing::pageOnlyP50).toList(), "%.1f"));
    });
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < r.reportMs().size(); i++) {
      ratios.add(r.reportMs().get(i) / r.reportSqlMs().get(i));
    }
    out.printf("| yearly report 2025 (GET /api/v1/reports) | %s | %s | %s | | |%n", Stats.spread(r.reportMs(), "%.0f"),
        Stats.spread(r.reportSqlMs(), "%.0f"), Stats.spread(ratios, "%.2f"));
    out.println("(medians of the per-run figures, with min–max over runs in brackets)");
  }
}
