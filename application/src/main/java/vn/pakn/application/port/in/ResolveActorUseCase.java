package vn.pakn.application.port.in;

import java.util.Optional;
import vn.pakn.application.port.out.Account;
import vn.pakn.domain.access.Actor;

/**
 * Who an enabled account acts as today, with the leader's powers when it is the leader's, or the
 * deputy's under a delegation covering today.
 */
public interface ResolveActorUseCase {

  Optional<Actor> actorFor(String accountId);

  Optional<Account> authenticate(String username, String password);
}
