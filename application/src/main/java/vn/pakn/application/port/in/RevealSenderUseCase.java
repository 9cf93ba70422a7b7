package vn.pakn.application.port.in;

import java.util.List;
import vn.pakn.application.port.out.SenderAccess;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.verification.Sender;

/** Shows the sender's personal details to a role that needs them, and records who looked. */
public interface RevealSenderUseCase {

  Outcome<Sender> reveal(Actor actor, PetitionId petition, String purpose);

  /** Who looked at this petition's sender (leader and deputy only). */
  Outcome<List<SenderAccess>> accessLog(Actor actor, PetitionId petition);
}
