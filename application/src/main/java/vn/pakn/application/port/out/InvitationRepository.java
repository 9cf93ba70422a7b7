package vn.pakn.application.port.out;

import java.util.Optional;

/** Stores invitations; each is used at most once. */
public interface InvitationRepository {

  /** Stores the invitation, replacing any earlier one for the same account. */
  void add(Invitation invitation);

  /**
   * Removes and returns the invitation with this fingerprint; of two callers racing for it, only one gets it.
   */
  Optional<Invitation> take(String fingerprint);
}
