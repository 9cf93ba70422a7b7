package vn.pakn.application.fake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.pakn.application.port.out.Invitation;
import vn.pakn.application.port.out.InvitationRepository;

/** Invitations in memory. */
public final class InMemoryInvitationRepository implements InvitationRepository {

  private final Map<String, Invitation> byFingerprint = new LinkedHashMap<>();

  @Override
  public synchronized void add(Invitation invitation) {
    byFingerprint.values().removeIf(i -> i.accountId().equals(invitation.accountId()));
    byFingerprint.put(invitation.fingerprint(), invitation);
  }

  @Override
  public synchronized Optional<Invitation> take(String fingerprint) {
    return Optional.ofNullable(byFingerprint.remove(fingerprint));
  }
}
