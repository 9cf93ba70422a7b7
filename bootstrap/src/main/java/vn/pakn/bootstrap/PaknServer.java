package vn.pakn.bootstrap;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pakn.adapters.http.PaknHttpServer;
import vn.pakn.adapters.http.UseCases;
import vn.pakn.adapters.http.security.Argon2PasswordHasher;
import vn.pakn.adapters.http.security.Sha256SecretGenerator;
import vn.pakn.adapters.jdbc.Database;
import vn.pakn.adapters.jdbc.JdbcAccountRepository;
import vn.pakn.adapters.jdbc.JdbcApiKeyRepository;
import vn.pakn.adapters.jdbc.JdbcDelegationRepository;
import vn.pakn.adapters.jdbc.JdbcEvidenceStore;
import vn.pakn.adapters.jdbc.JdbcInvitationRepository;
import vn.pakn.adapters.jdbc.JdbcNotificationRepository;
import vn.pakn.adapters.jdbc.JdbcPersonalDataAccessLog;
import vn.pakn.adapters.jdbc.JdbcPetitionRepository;
import vn.pakn.adapters.jdbc.JdbcProfileRepository;
import vn.pakn.adapters.jdbc.JdbcReportQuery;
import vn.pakn.adapters.jdbc.JdbcServerSecrets;
import vn.pakn.adapters.profile.DistrictProfileReader;
import vn.pakn.application.port.in.ManageAccountsUseCase.CreateAccountCommand;
import vn.pakn.application.port.in.RemindOverdueUseCase.ReminderRun;
import vn.pakn.application.port.out.AccountRepository;
import vn.pakn.application.service.AccountService;
import vn.pakn.application.service.PaknServices;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.roster.Duty;
import vn.pakn.domain.roster.Person;

/**
 * The server: reads the settings, opens the database (embedded H2 under the data directory, or PostgreSQL),
 * builds every adapter and the application with {@code new}, creates the roster's accounts on first start,
 * runs the overdue monitor, and serves HTTP until stopped; on SIGTERM it finishes requests in flight and
 * closes the database.
 */
public final class PaknServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PaknServer.class);

  private final Database database;
  private final PaknServices services;
  private final PaknHttpServer http;
  private final ScheduledExecutorService monitor;

  private PaknServer(Database database, PaknServices services, PaknHttpServer http, ScheduledExecutorService monitor) {
    this.database = database;
    this.services = services;
    this.http = http;
    this.monitor = monitor;
  }

  public static void main(String[] args) {
    Settings settings;
    try {
      settings = Settings.fromEnvironment();
    } catch (IllegalArgumentException e) {
      LOG.error("Cấu hình không hợp lệ / invalid configuration: {}", e.getMessage());
      System.exit(2);
      return;
    }
    PaknServer server = start(settings);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "pakn-shutdown"));
  }

  public static PaknServer start(Settings settings) {
    long started = System.nanoTime();
    Database database = settings.dbUrl()
        .map(url -> Database.open(url, settings.dbUser().orElse(null), settings.dbPassword().orElse(null)))
        .orElseGet(() -> Database.openEmbedded(settings.dataDir()));
    try {
      DistrictProfile defaultProfile = settings.profile().map(DistrictProfileReader::read)
          .orElseGet(DistrictProfileReader::hoaAn);
      Clock clock = Clock.system(settings.zone());
      var tx = database.transactions();
      JdbcPetitionRepository petitions = new JdbcPetitionRepository(tx);
      JdbcAccountRepository accounts = new JdbcAccountRepository(tx);
      ProfileFiles profileFiles = new ProfileFiles();
      PaknServices services = new PaknServices(new PaknServices.Ports(
          petitions,
          new JdbcEvidenceStore(tx),
          new JdbcNotificationRepository(tx),
          accounts,
          new JdbcInvitationRepository(tx),
          new JdbcDelegationRepository(tx),
          new JdbcPersonalDataAccessLog(tx),
          new JdbcProfileRepository(tx, profileFiles, defaultProfile),
          new JdbcReportQuery(tx),
          new JdbcApiKeyRepository(tx),
          new Argon2PasswordHasher(),
          new Sha256SecretGenerator(),
          () -> UUID.randomUUID().toString(),
          tx,
          clock,
          settings.evidenceMaxBytes()));
      createFirstAccounts(services, accounts, settings);
      byte[] tokenSecret = new JdbcServerSecrets(database.dataSource()).secret("token-signing");
      PaknHttpServer http = new PaknHttpServer(useCases(services), () -> databaseProblem(database), profileFiles,
          new PaknHttpServer.Options(settings.port(), 1024 * 1024, Duration.ofHours(10), tokenSecret, clock,
              settings.evidenceMaxBytes()));
      http.start();
      ScheduledExecutorService monitor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pakn-overdue-monitor");
        t.setDaemon(true);
        return t;
      });
      long every = settings.reminderInterval().toSeconds();
      monitor.scheduleWithFixedDelay(() -> remind(services), Math.min(every, 30), every, TimeUnit.SECONDS);
      LOG.info("pakn đang phục vụ tại / serving at http://localhost:{}/ ({} database, ready in {} ms)", http.port(),
          settings.dbUrl().isPresent() ? "PostgreSQL" : "H2 " + settings.dataDir().toAbsolutePath(),
          (System.nanoTime() - started) / 1_000_000);
      return new PaknServer(database, services, http, monitor);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  static UseCases useCases(PaknServices s) {
    return new UseCases(s.intake(), s.intake(), s.queries(), s.queries(), s.queries(), s.workflow(), s.workflow(),
        s.workflow(), s.workflow(), s.workflow(), s.workflow(), s.workflow(), s.workflow(), s.workflow(), s.workflow(),
        s.workflow(), s.workflow(), s.workflow(), s.workflow(), s.workflow(), s.evidence(), s.evidence(), s.evidence(),
        s.notifications(), s.reports(), s.accounts(), s.delegations(), s.roster(), s.accounts(), s.reminders(),
        s.apiKeys(), s.publicRequests(), s.roster());
  }

  /**
   * First start on an empty database: an account for each person of the roster. The leader's password comes
   * from {@code PAKN_ADMIN_PASSWORD}, else a random one is logged once; the others get none until the
   * leader sets one.
   */
  static void createFirstAccounts(PaknServices services, AccountRepository accounts, Settings settings) {
    if (!accounts.all().isEmpty()) {
      return;
    }
    DistrictProfile profile = services.roster().current();
    Person leader = profile.roster().leader();
    boolean generated = settings.adminPassword().isEmpty();
    String leaderPassword = settings.adminPassword().orElseGet(() -> new Sha256SecretGenerator().newSecret());
    for (Person p : profile.roster().people()) {
      Optional<String> password = p.holds(Duty.ACCOUNT_MANAGEMENT) ? Optional.of(leaderPassword) : Optional.empty();
      services.accounts().createInitial(new CreateAccountCommand(p.id().value(), p.fullName(),
          AccountService.roleOf(p.role()), Optional.of(p.id()), Optional.empty(), password)).orElseThrow();
    }
    if (generated) {
      LOG.warn("Tài khoản Tổ trưởng / leader account: '{}', mật khẩu / password (shown once): {}", leader.id(),
          leaderPassword);
    } else {
      LOG.info("Tài khoản Tổ trưởng / leader account '{}' created with PAKN_ADMIN_PASSWORD", leader.id());
    }
  }

  private static void remind(PaknServices services) {
    try {
      ReminderRun run = services.reminders().remindOverdue();
      if (run.remindersCreated() > 0) {
        LOG.info("Overdue monitor: {} petitions checked, {} reminders created", run.petitionsChecked(),
            run.remindersCreated());
      }
    } catch (RuntimeException e) {
      LOG.error("Overdue monitor failed", e);
    }
  }

  private static String databaseProblem(Database database) {
    try (Connection c = database.dataSource().getConnection()) {
      return c.isValid(2) ? "" : "database not answering";
    } catch (SQLException e) {
      return "database unavailable";
    }
  }

  public int port() {
    return http.port();
  }

  public PaknServices services() {
    return services;
  }

  /** Stops taking requests, lets those in flight finish, stops the monitor, closes the database. */
  @Override
  public void close() {
    LOG.info("Stopping pakn");
    http.stop();
    monitor.shutdownNow();
    database.close();
    LOG.info("pakn stopped; database closed");
  }
}
