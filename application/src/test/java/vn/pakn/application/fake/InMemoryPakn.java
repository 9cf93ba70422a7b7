package vn.pakn.application.fake;

import java.time.Instant;
import vn.pakn.application.service.PaknServices;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.fixtures.PetitionFixtures;

/** The whole application on in-memory fakes, with a clock the test moves: for scenario tests and embedders. */
public final class InMemoryPakn {

  public final InMemoryPetitionRepository petitions = new InMemoryPetitionRepository();
  public final InMemoryEvidenceStore evidence = new InMemoryEvidenceStore();
  public final InMemoryNotificationRepository notifications = new InMemoryNotificationRepository();
  public final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  public final InMemoryInvitationRepository invitations = new InMemoryInvitationRepository();
  public final InMemoryDelegationRepository delegations = new InMemoryDelegationRepository();
  public final InMemoryPersonalDataAccessLog accessLog = new InMemoryPersonalDataAccessLog();
  public final InMemoryProfileRepository profiles;
  public final InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository();
  public final DirectTransactionRunner transactions = new DirectTransactionRunner();
  public final MutableClock clock;
  public final PaknServices services;

  public InMemoryPakn(DistrictProfile profile, Instant start, long evidenceMaxBytes) {
    profiles = new InMemoryProfileRepository(profile);
    clock = new MutableClock(start, PetitionFixtures.ZONE);
    services = new PaknServices(new PaknServices.Ports(petitions, evidence, notifications, accounts, invitations,
        delegations,
        accessLog, profiles, new InMemoryReportQuery(petitions), apiKeys, new PlainPasswordHasher(),
        new FakeSecretGenerator(), new SequentialIdGenerator(),
        transactions, clock, evidenceMaxBytes));
  }

  public InMemoryPakn(DistrictProfile profile, Instant start) {
    this(profile, start, PaknServices.DEFAULT_EVIDENCE_MAX_BYTES);
  }
}
