package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;


/** Ends a petition once the citizen has been answered or guided. */
public interface ClosePetitionUseCase {

  Outcome<Petition> close(Actor actor, ClosePetitionCommand command);

  /** {@code expectedVersion}: the version the user saw; a newer stored version is a conflict. */
  record ClosePetitionCommand(PetitionId petition, OptionalLong expectedVersion) {

    public ClosePetitionCommand {
      checkNotNull(petition, "petition");

      expectedVersion = Commands.version(expectedVersion);
    }
  }
}
