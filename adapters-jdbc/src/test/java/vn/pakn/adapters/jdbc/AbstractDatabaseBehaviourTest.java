package vn.pakn.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.pakn.application.contract.ContractPetitions.morning;
import static vn.pakn.application.contract.ContractPetitions.power;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.application.port.out.Account;
import vn.pakn.application.port.out.EvidenceTooLargeException;
import vn.pakn.application.port.out.Notification;
import vn.pakn.application.port.out.Recipient;
import vn.pakn.domain.access.ActorRole;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;

/**
 * What the JDBC adapter must do beyond the ports' contracts, on each database: one transaction per use case,
 * and schema evolution (older databases migrated, newer ones refused and left alone).
 */
abstract class AbstractDatabaseBehaviourTest {

  private static final LocalDate JAN_9 = LocalDate.of(2020, 1, 9);

  /** A URL of a new, empty database (or schema). */
  protected abstract String newDatabaseUrl() throws Exception;

  protected abstract void dropDatabase() throws Exception;

  private String url;

  @BeforeEach
  void createDatabase() throws Exception {
    url = newDatabaseUrl();
  }

  @AfterEach
  void removeDatabase() throws Exception {
    dropDatabase();
  }

  private static Notification note(String id) {
    return new Notification(id, Recipient.person(DistrictFixtures.INFRASTRUCTURE), Notification.Kind.ASSIGNED,
        Optional.of(PetitionId.of("p-1")), "Được phân công", Instant.parse("2020-01-09T02:00:00Z"), Optional.empty(),
        false);
  }

  @Test
  void givenAUseCaseThatFailsHalfway_whenItThrows_thenNoneOfItsWritesAreKept() {
    try (Database db = Database.open(url, null, null, 4)) {
      JdbcTransactionRunner tx = db.transactions();
      JdbcPetitionRepository petitions = new JdbcPetitionRepository(tx);
      JdbcNotificationRepository notifications = new JdbcNotificationRepository(tx);

      assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> tx.inTransaction(() -> {
        petitions.add(power("p-1", morning(JAN_9, 0)));
        tx.inTransaction(() -> notifications.add(note("n-1")));
        throw new IllegalStateException("the use case fails after writing");
      }));

      assertThat(petitions.findById(PetitionId.of("p-1"))).isEmpty();
      assertThat(notifications.countUnread(List.of(Recipient.person(DistrictFixtures.INFRASTRUCTURE)))).isZero();
    }
  }

  @Test
  void givenAUseCaseThatSucceeds_whenItReturns_thenAllItsWritesAreCommittedTogether() {
    try (Database db = Database.open(url, null, null, 4)) {
      JdbcTransactionRunner tx = db.transactions();
      JdbcPetitionRepository petitions = new JdbcPetitionRepository(tx);
      JdbcNotificationRepository notifications = new JdbcNotificationRepository(tx);

      Petition stored = tx.inTransaction(() -> {
        Petition p = petitions.add(power("p-1", morning(JAN_9, 0)));
        notifications.add(note("n-1"));
        return p;
      });

      assertThat(petitions.findById(PetitionId.of("p-1"))).contains(stored);
      assertThat(notifications.countUnread(List.of(Recipient.person(DistrictFixtures.INFRASTRUCTURE)))).isOne();
    }
  }

  @Test
  void givenTooLargeEvidenceCaughtByTheUseCase_whenTheTransactionCommits_thenNoPartOfTheFileIsKept() {
    try (Database db = Database.open(url, null, null, 4)) {
      JdbcEvidenceStore store = new JdbcEvidenceStore(db.transactions());

      db.transactions().inTransaction(() -> {
        assertThatExceptionOfType(EvidenceTooLargeException.class).isThrownBy(() -> store.store(PetitionId.of("p-1"),
            "ev-1", "dai.mp3", "audio/mpeg", new ByteArrayInputStream(new byte[700_000]), 600_000));
        return null;
      });

      assertThat(store.list(PetitionId.of("p-1"))).isEmpty();
      long chunks = db.transactions().withConnection(c -> Sql.queryOne(c, "select count(*) from evidence_chunk",
          rs -> rs.getLong(1)).orElseThrow());
      assertThat(chunks).isZero();
    }
  }

  @Test
  void givenADatabaseOfTheFirstRelease_whenTheServerStarts_thenItIsMigratedAndItsPetitionsAreIntact() {
    Petition old;
    try (HikariDataSource ds = DataSourceFactory.create(url, null, null, 2)) {
      Flyway.configure().dataSource(ds).locations(Migrations.DEFAULT_LOCATION).target("1").load().migrate();
      old = new JdbcPetitionRepository(new JdbcTransactionRunner(ds)).add(power("p-old", morning(JAN_9, 0)));
    }

    try (Database db = Database.open(url, null, null, 4)) {
      assertThat(new JdbcPetitionRepository(db.transactions()).findById(old.id())).contains(old);
      Account added = new JdbcAccountRepository(db.transactions()).add(new Account("a-1", "lamngocbien",
          "Lâm Ngọc Biên", ActorRole.MEMBER, Optional.of(DistrictFixtures.INFRASTRUCTURE), Optional.empty(), true,
          Optional.empty(), Instant.EPOCH, 0));
      assertThat(added.version()).isOne();
      assertThat(schemaVersions(db)).containsExactly("1", "2", "3", "4", "5");
    }
  }

  @Test
  void givenADatabaseMigratedByALaterRelease_whenThisReleaseStarts_thenItRefusesClearlyAndChangesNothing() {
    try (HikariDataSource ds = DataSourceFactory.create(url, null, null, 2)) {
      Flyway.configure().dataSource(ds).locations(Migrations.DEFAULT_LOCATION, "classpath:db/future").load().migrate();
    }

    assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> Database.open(url, null, null, 2))
        .withMessageContaining("99").withMessageContaining("5").withMessageContaining("newer");

    try (HikariDataSource ds = DataSourceFactory.create(url, null, null, 2)) {
      JdbcTransactionRunner tx = new JdbcTransactionRunner(ds);
      List<String> versions = tx.withConnection(c -> Sql.query(c,
          "select version from flyway_schema_history where version is not null order by installed_rank",
          rs -> rs.getString(1)));
      assertThat(versions).containsExactly("1", "2", "3", "4", "5", "99");
      Optional<Long> futureRows = tx.withConnection(c -> Sql.queryOne(c, "select count(*) from from_the_future",
          rs -> rs.getLong(1)));
      assertThat(futureRows).contains(0L);
    }
  }

  @Test
  void givenManyPetitions_whenBulkLoaded_thenEachReadsBackAsIfAddedOneByOne() {
    try (Database db = Database.open(url, null, null, 4)) {
      List<Petition> petitions = new java.util.ArrayList<>();
      for (int i = 0; i < 25; i++) {
        petitions.add(i % 2 == 0 ? power("b-" + i, morning(JAN_9, i))
            : vn.pakn.application.contract.ContractPetitions.forwarded("b-" + i, morning(JAN_9, i),
                DistrictFixtures.COMMUNE, morning(JAN_9.plusDays(1), i), JAN_9.plusDays(20)));
      }

      long loaded = new BulkPetitionLoader(db.transactions()).load(petitions.iterator(), 10);

      assertThat(loaded).isEqualTo(25);
      JdbcPetitionRepository repo = new JdbcPetitionRepository(db.transactions());
      for (Petition p : petitions) {
        assertThat(repo.findById(p.id())).contains(Petition.builder().from(p).version(1).build());
      }
      assertThat(repo.list(vn.pakn.application.query.PetitionFilter.all(JAN_9)).items()).hasSize(25);
    }
  }

  @Test
  void givenTwoServerInstancesOnOneDatabase_whenBothCreateTheSameReminderAtOnce_thenOnlyOneExists() throws Exception {
    try (Database first = Database.open(url, null, null, 4); Database second = Database.open(url, null, null, 4)) {
      List<JdbcNotificationRepository> instances = List.of(new JdbcNotificationRepository(first.transactions()),
          new JdbcNotificationRepository(second.transactions()));
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Boolean>> added = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        JdbcNotificationRepository repo = instances.get(t % 2);
        Notification n = new Notification("n-" + t, Recipient.person(DistrictFixtures.INFRASTRUCTURE),
            Notification.Kind.OVERDUE, Optional.of(PetitionId.of("p-1")), "Quá hạn",
            Instant.parse("2020-01-09T02:00:00Z"), Optional.of("overdue:p-1:2020-01-20"), false);
        added.add(pool.submit(() -> {
          start.await();
          return repo.add(n);
        }));
      }
      start.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      long wins = 0;
      for (java.util.concurrent.Future<Boolean> f : added) {
        wins += f.get() ? 1 : 0;
      }

      assertThat(wins).isOne();
      assertThat(instances.get(1).countUnread(List.of(Recipient.person(DistrictFixtures.INFRASTRUCTURE)))).isOne();
    }
  }

  private static List<String> schemaVersions(Database db) {
    return db.transactions().withConnection(c -> Sql.query(c,
        "select version from flyway_schema_history where version is not null order by installed_rank",
        rs -> rs.getString(1)));
  }
}
