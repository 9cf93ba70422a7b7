package vn.pakn.benchmarks;

import static vn.pakn.application.contract.ContractPetitions.answered;
import static vn.pakn.application.contract.ContractPetitions.forwarded;
import static vn.pakn.application.contract.ContractPetitions.guided;
import static vn.pakn.application.contract.ContractPetitions.morning;
import static vn.pakn.application.contract.ContractPetitions.power;
import static vn.pakn.application.contract.ContractPetitions.received;
import static vn.pakn.application.contract.ContractPetitions.unplaced;
import static vn.pakn.application.contract.ContractPetitions.unreachable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import vn.pakn.adapters.jdbc.BulkPetitionLoader;
import vn.pakn.adapters.jdbc.Database;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.petition.Answer;
import vn.pakn.domain.petition.ContactAttempt;
import vn.pakn.domain.petition.EvidenceItem;
import vn.pakn.domain.petition.Forwarding;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionEvent;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.verification.RecordingConsent;

/**
 * Seeds petitions at every stage over 2024–2025 with the bulk loader (COPY): templates for three units,
 * forwarded after 0–2 days, answered early or late, spread evenly over 731 days.
 */
final class Seed {

  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);
  private static final long SPAN_SECONDS = Duration.ofDays(731).toSeconds();

  private Seed() {}

  /** Loads {@code count} petitions and runs {@code vacuum analyze}; returns how many were loaded. */
  static long load(Database db, int count) {
    long loaded = new BulkPetitionLoader(db.transactions()).load(generate(templates(), count), 10_000);
    try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
      s.execute("vacuum analyze petition, petition_event"); // as autovacuum would; enables index-only scans
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return loaded;
  }

  static List<Petition> templates() {
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

  static Iterator<Petition> generate(List<Petition> templates, int count) {
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
