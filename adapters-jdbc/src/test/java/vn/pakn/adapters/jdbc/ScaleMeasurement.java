package vn.pakn.adapters.jdbc;

import static vn.pakn.application.contract.ContractPetitions.answered;
import static vn.pakn.application.contract.ContractPetitions.forwarded;
import static vn.pakn.application.contract.ContractPetitions.guided;
import static vn.pakn.application.contract.ContractPetitions.morning;
import static vn.pakn.application.contract.ContractPetitions.power;
import static vn.pakn.application.contract.ContractPetitions.received;
import static vn.pakn.application.contract.ContractPetitions.unplaced;
import static vn.pakn.application.contract.ContractPetitions.unreachable;
import static vn.pakn.application.contract.ContractPetitions.weekdays;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import vn.pakn.application.query.PetitionFilter;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.petition.Answer;
import vn.pakn.domain.petition.ContactAttempt;
import vn.pakn.domain.petition.EvidenceItem;
import vn.pakn.domain.petition.Forwarding;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionEvent;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.report.PeriodReport;
import vn.pakn.domain.report.ReportPeriod;
import vn.pakn.domain.verification.RecordingConsent;

/**
 * By hand, not part of {@code verify}: seeds N petitions (default 1,000,000) over 2024–2025 into a fresh
 * schema of the PostgreSQL at {@code PAKN_TEST_PG_URL} with the bulk loader (COPY), then measures the inbox's
 * first page (p50 of 200 calls, also with filters) and the yearly report. See the module README.
 *
 * <p>Args: {@code [count] [--keep] [--schema=<kept schema to measure again without seeding>]}.
 */
public final class ScaleMeasurement {

  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);
  private static final long SPAN_SECONDS = Duration.ofDays(731).toSeconds();

  private ScaleMeasurement() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    boolean keep = Arrays.asList(args).contains("--keep");
    String base = System.getenv(TestDatabase.PG_ENV);
    if (base == null) {
      throw new IllegalStateException("set " + TestDatabase.PG_ENV);
    }
    String reuse = Arrays.stream(args).filter(a -> a.startsWith("--schema=")).map(a -> a.substring(9)).findFirst()
        .orElse(null);
    String schema = reuse != null ? reuse : "scale_" + TestDatabase.randomSchema();
    String url = reuse != null ? base + (base.contains("?") ? "&" : "?") + "currentSchema=" + reuse
        : TestDatabase.createSchema(base, schema);
    keep |= reuse != null;
    out.println("schema " + schema);
    try (Database db = Database.open(url, null, null, 4)) {
      List<Petition> templates = templates();
      long t0 = System.nanoTime();
      long loaded = reuse != null ? 0 : new BulkPetitionLoader(db.transactions()).load(generate(templates, count),
          10_000);
      long seedMs = (System.nanoTime() - t0) / 1_000_000;
      long t1 = System.nanoTime();
      try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
        s.execute("vacuum analyze"); // what autovacuum does after a bulk load; enables index-only scans
      }
      long analyzeMs = (System.nanoTime() - t1) / 1_000_000;
      out.printf("seeded %,d petitions (with their events) in %,d ms (+ vacuum analyze %,d ms)%n", loaded, seedMs, analyzeMs);

      JdbcPetitionRepository repo = new JdbcPetitionRepository(db.transactions());
      LocalDate today = LocalDate.of(2026, 1, 15);
      PetitionFilter all = PetitionFilter.all(today);
      measure(out, "inbox first page (50, no filter)", () -> repo.list(all));
      measure(out, "inbox first page, status=FORWARDED", () -> repo.list(all.withStatus(Status.FORWARDED)));
      measure(out, "inbox first page, member", () -> repo.list(all.withAssignee(DistrictFixtures.SOCIAL)));
      measure(out, "inbox first page, unit", () -> repo.list(all.withUnit(DistrictFixtures.OTHER_COMMUNE)));
      measure(out, "inbox first page, overdue", () -> repo.list(all.withOverdue(true)));
      measure(out, "inbox first page, received in March 2025",
          () -> repo.list(all.withReceivedBetween(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))));
      measure(out, "inbox first page, free text 'tram y te'", () -> repo.list(all.withText("trạm y tế")));

      JdbcReportQuery reports = new JdbcReportQuery(db.transactions());
      for (int run = 1; run <= 3; run++) {
        long r0 = System.nanoTime();
        PeriodReport year = reports.report(ReportPeriod.year(2025), today, weekdays());
        out.printf("yearly report 2025 (run %d): %,d ms — received %,d, forwarded %,d, on time %,d, late %,d,"
                + " overdue %,d%n", run, (System.nanoTime() - r0) / 1_000_000, year.received(), year.forwarded(),
            year.answeredOnTime(), year.answeredLate(), year.overdue());
      }
    } finally {
      if (!keep) {
        TestDatabase.dropSchema(base, schema);
      }
    }
  }

  private static void measure(PrintStream out, String what, Supplier<?> call) {
    for (int i = 0; i < 20; i++) {
      call.get();
    }
    long[] ns = new long[200];
    for (int i = 0; i < ns.length; i++) {
      long t = System.nanoTime();
      call.get();
      ns[i] = System.nanoTime() - t;
    }
    Arrays.sort(ns);
    out.printf("%-45s p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms%n", what, ns[100] / 1e6, ns[190] / 1e6, ns[199] / 1e6);
  }

  /** Petitions at every stage, received on BASE, for three units, forwarded after 0–2 days, answered early or late. */
  private static List<Petition> templates() {
    List<Petition> t = new ArrayList<>();
    t.add(power("t", morning(BASE, 0)));
    t.add(received("t", "Trạm y tế thiếu thuốc", "Trạm y tế xã thiếu thuốc men, đề nghị bổ sung",
        DistrictFixtures.HEALTH, DistrictFixtures.SOCIAL, morning(BASE, 0)));
    t.add(unplaced("t", morning(BASE, 0)));
    t.add(unreachable("t", morning(BASE, 0)));
    t.add(guided("t", morning(BASE, 0)));
    UnitId[] units = {DistrictFixtures.COMMUNE, DistrictFixtures.OTHER_COMMUNE, DistrictFixtures.POWER_COMPANY};
    for (UnitId unit : units) {
      for (int lag = 0; lag < 3; lag++) {
        LocalDate out = BASE.plusDays(lag);
        LocalDate deadline = out.plusDays(15);
        t.add(forwarded("t", morning(BASE, 0), unit, morning(out, 3600), deadline));
        for (int answer : new int[] {-10, -3, 0, 4}) {
          t.add(answered("t", morning(BASE, 0), unit, morning(out, 3600), deadline,
              morning(deadline.plusDays(answer), 0)));
        }
      }
    }
    return t;
  }

  private static Iterator<Petition> generate(List<Petition> templates, int count) {
    return new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < count;
      }

      @Override
      public Petition next() {
        long offset = (long) i * SPAN_SECONDS / count;
        Petition p = shift(templates.get((int) ((i * 7919L) % templates.size())), "s" + i, offset / 86_400,
            offset % 86_400);
        i++;
        return p;
      }
    };
  }

  /** The template moved by whole days (every date and instant), received a few seconds later in the day. */
  static Petition shift(Petition t, String id, long days, long seconds) {
    Duration d = Duration.ofDays(days);
    return Petition.builder().from(t).id(PetitionId.of(id))
        .receivedAt(t.receivedAt().plus(d).plusSeconds(seconds))
        .receivedOn(t.receivedOn().plusDays(days))
        .contactAttempts(t.contactAttempts().stream()
            .map(a -> new ContactAttempt(a.by(), a.at().plus(d), a.method(), a.reached(), a.note())).toList())
        .evidence(t.evidence().stream().map(e -> new EvidenceItem(e.evidenceId(), e.fileName(), e.contentType(),
            e.size(), e.kind(), e.addedBy(), e.addedAt().plus(d), e.consent().map(c -> new RecordingConsent(
                c.consentAsked(), c.citizenInformed(), c.askedBy(), c.at().plus(d)))))
            .toList())
        .forwarding(t.forwarding().map(f -> new Forwarding(f.unit(), f.unitName(), f.instructions(),
            f.forwardedOn().plusDays(days), f.deadline().plusDays(days), f.forwardedBy(), f.at().plus(d))))
        .unitAnswer(t.unitAnswer().map(a -> shift(a, days)))
        .citizenReply(t.citizenReply().map(a -> shift(a, days)))
        .receptionAnswer(t.receptionAnswer().map(a -> shift(a, days)))
        .guidance(t.guidance().map(a -> shift(a, days)))
        .events(t.events().stream().map(e -> new PetitionEvent(e.sequence(), e.type(), e.actorAccount(),
            e.actorName(), e.at().plus(d), e.summary())).toList())
        .build();
  }

  private static Answer shift(Answer a, long days) {
    return new Answer(a.byAccount(), a.byName(), a.at().plus(Duration.ofDays(days)), a.on().plusDays(days), a.text());
  }
}
