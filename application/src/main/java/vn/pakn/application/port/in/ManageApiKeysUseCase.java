package vn.pakn.application.port.in;

import java.util.List;
import java.util.Optional;
import vn.pakn.application.port.out.ApiKey;
import vn.pakn.domain.access.Actor;

/** API keys for citizen apps that submit through Open311: the leader creates and revokes them. */
public interface ManageApiKeysUseCase {

  /** A new key; {@code key} is shown this once and never stored. */
  record CreatedKey(ApiKey stored, String key) {}

  Outcome<CreatedKey> create(Actor actor, String name);

  Outcome<List<ApiKey>> list(Actor actor);

  Outcome<ApiKey> revoke(Actor actor, String id);

  /** The live key a client presented, if it is one. */
  Optional<ApiKey> authenticate(String presentedKey);
}
