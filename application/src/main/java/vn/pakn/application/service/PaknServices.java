package vn.pakn.application.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import vn.pakn.application.port.out.AccountRepository;
import vn.pakn.application.port.out.ApiKeyRepository;
import vn.pakn.application.port.out.DelegationRepository;
import vn.pakn.application.port.out.EvidenceStore;
import vn.pakn.application.port.out.IdGenerator;
import vn.pakn.application.port.out.InvitationRepository;
import vn.pakn.application.port.out.NotificationRepository;
import vn.pakn.application.port.out.PasswordHasher;
import vn.pakn.application.port.out.PersonalDataAccessLog;
import vn.pakn.application.port.out.PetitionRepository;
import vn.pakn.application.port.out.ProfileRepository;
import vn.pakn.application.port.out.ReportQuery;
import vn.pakn.application.port.out.SecretGenerator;
import vn.pakn.application.port.out.TransactionRunner;

/**
 * Every use case, built with {@code new} from the out-ports. Adapters and embedders take the in-ports
 * from here; the services themselves stay package-private to construct.
 */
public final class PaknServices {

  /** The out-ports the application needs, and its settings. The clock's zone is the district's. */
  public record Ports(
      PetitionRepository petitions,
      EvidenceStore evidence,
      NotificationRepository notifications,
      AccountRepository accounts,
      InvitationRepository invitations,
      DelegationRepository delegations,
      PersonalDataAccessLog accessLog,
      ProfileRepository profiles,
      ReportQuery reports,
      ApiKeyRepository apiKeys,
      PasswordHasher passwords,
      SecretGenerator secrets,
      IdGenerator ids,
      TransactionRunner transactions,
      Clock clock,
      long evidenceMaxBytes) {

    public Ports {
      checkNotNull(petitions, "petitions");
      checkNotNull(evidence, "evidence");
      checkNotNull(notifications, "notifications");
      checkNotNull(accounts, "accounts");
      checkNotNull(invitations, "invitations");
      checkNotNull(delegations, "delegations");
      checkNotNull(accessLog, "accessLog");
      checkNotNull(profiles, "profiles");
      checkNotNull(reports, "reports");
      checkNotNull(apiKeys, "apiKeys");
      checkNotNull(passwords, "passwords");
      checkNotNull(secrets, "secrets");
      checkNotNull(ids, "ids");
      checkNotNull(transactions, "transactions");
      checkNotNull(clock, "clock");
      checkArgument(evidenceMaxBytes > 0, "evidenceMaxBytes");
    }
  }

  /** The default evidence size limit: 50 MB. */
  public static final long DEFAULT_EVIDENCE_MAX_BYTES = 50L * 1024 * 1024;

  private final District district;
  private final PetitionIntakeService intake;
  private final PetitionWorkflowService workflow;
  private final EvidenceService evidence;
  private final PetitionQueryService queries;
  private final OverdueReminderService reminders;
  private final ReportService reports;
  private final NotificationService notifications;
  private final AccountService accounts;
  private final DelegationService delegations;
  private final RosterService roster;
  private final ApiKeyService apiKeys;
  private final PublicRequestsService publicRequests;

  public PaknServices(Ports ports) {
    district = new District(ports.profiles(), ports.clock());
    Notifier notifier = new Notifier(ports.notifications(), ports.ids());
    PetitionSteps steps = new PetitionSteps(ports.petitions(), ports.transactions(), district);
    intake = new PetitionIntakeService(ports.petitions(), ports.transactions(), district, notifier, ports.ids());
    workflow = new PetitionWorkflowService(steps, district, notifier);
    evidence = new EvidenceService(ports.petitions(), ports.evidence(), ports.accessLog(), ports.transactions(), steps,
        district, ports.ids(), ports.evidenceMaxBytes());
    queries = new PetitionQueryService(ports.petitions(), ports.accessLog(), steps, district);
    reminders = new OverdueReminderService(ports.petitions(), ports.transactions(), district, notifier);
    reports = new ReportService(ports.reports(), district);
    notifications = new NotificationService(ports.notifications());
    accounts = new AccountService(ports.accounts(), ports.delegations(), ports.passwords(), ports.invitations(),
        ports.secrets(), ports.transactions(), district, ports.ids());
    delegations = new DelegationService(ports.delegations(), ports.transactions(), district);
    roster = new RosterService(ports.profiles(), ports.petitions(), ports.transactions(), district);
    apiKeys = new ApiKeyService(ports.apiKeys(), ports.secrets(), ports.transactions(), district, ports.ids());
    publicRequests = new PublicRequestsService(ports.petitions(), district, ports.clock().getZone());
  }

  public District district() {
    return district;
  }

  public PetitionIntakeService intake() {
    return intake;
  }

  public PetitionWorkflowService workflow() {
    return workflow;
  }

  public EvidenceService evidence() {
    return evidence;
  }

  public PetitionQueryService queries() {
    return queries;
  }

  public OverdueReminderService reminders() {
    return reminders;
  }

  public ReportService reports() {
    return reports;
  }

  public NotificationService notifications() {
    return notifications;
  }

  public AccountService accounts() {
    return accounts;
  }

  public DelegationService delegations() {
    return delegations;
  }

  public RosterService roster() {
    return roster;
  }

  public ApiKeyService apiKeys() {
    return apiKeys;
  }

  public PublicRequestsService publicRequests() {
    return publicRequests;
  }
}
