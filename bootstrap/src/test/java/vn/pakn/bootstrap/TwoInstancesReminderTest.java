package vn.pakn.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.adapters.jdbc.Database;
import vn.pakn.adapters.jdbc.JdbcPetitionRepository;
import vn.pakn.domain.fixtures.PetitionFixtures;

/**
 * Two server instances on one PostgreSQL run the overdue monitor at the same moment, many times: every
 * reminder exists once. Skipped, with a message, without {@code PAKN_TEST_PG_URL}.
 */
class TwoInstancesReminderTest {

  private static final String PG = System.getenv("PAKN_TEST_PG_URL");
  private String schema;

  @BeforeEach
  void freshSchema() throws Exception {
    Assumptions.assumeTrue(PG != null && !PG.isBlank(),
        "PAKN_TEST_PG_URL is not set: the two-instance PostgreSQL test is skipped");
    schema = "t_" + Long.toHexString(new Random().nextLong() & Long.MAX_VALUE);
    try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    }
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(PG); Statement s = c.createStatement()) {
        s.execute("drop schema " + schema + " cascade");
      }
    }
  }

  private String url() {
    return PG + (PG.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Test
  void givenTwoInstancesOnOneDatabase_whenBothRemindAtOnce_thenNoReminderIsCreatedTwice() throws Exception {
    Settings settings = Settings.from(Map.of("PAKN_PORT", "0", "PAKN_DB_URL", url(),
        "PAKN_ADMIN_PASSWORD", "mat-khau-to-truong"));
    try (PaknServer first = PaknServer.start(settings); PaknServer second = PaknServer.start(settings)) {
      // Three petitions forwarded in January 2020 with deadlines long past: each owes three reminders
      // (the assignee, the member with the reminder duty, the leader).
      try (Database db = Database.open(url(), null, null, 2)) {
        JdbcPetitionRepository petitions = new JdbcPetitionRepository(db.transactions());
        for (int i = 1; i <= 3; i++) {
          String id = "overdue-" + i;
          db.transactions().inTransaction(() -> petitions.add(PetitionFixtures.forwarded(id, LocalDate.of(2020, 1, 14))));
        }
      }
      ExecutorService pool = Executors.newFixedThreadPool(8);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        PaknServer instance = i % 2 == 0 ? first : second;
        Callable<Integer> run = () -> {
          go.await();
          return instance.services().reminders().remindOverdue().remindersCreated();
        };
        runs.add(pool.submit(run));
      }
      go.countDown();
      int created = 0;
      for (Future<Integer> f : runs) {
        created += f.get();
      }
      pool.shutdown();

      assertThat(created).isEqualTo(9);
      try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select count(*), count(distinct dedup_key) from notification "
              + "where dedup_key is not null")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(9);
        assertThat(rs.getInt(2)).isEqualTo(9);
      }
    }
  }
}
