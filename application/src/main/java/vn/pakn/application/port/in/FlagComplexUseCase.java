package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;


/** R3: the member judges a petition complex; it then needs an opinion and a signed document before forwarding. */
public interface FlagComplexUseCase {

  Outcome<Petition> flag(Actor actor, FlagComplexCommand command);

  /** {@code expectedVersion}: the version the user saw; a newer stored version is a conflict. */
  record FlagComplexCommand(PetitionId petition, String reason, OptionalLong expectedVersion) {

    public FlagComplexCommand {
      checkNotNull(petition, "petition");
      reason = Commands.required(reason, "reason", 2000);
      expectedVersion = Commands.version(expectedVersion);
    }
  }
}
