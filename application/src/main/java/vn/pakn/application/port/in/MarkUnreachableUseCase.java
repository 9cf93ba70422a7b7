package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;


/** R2 case 2: the sender cannot be reached; the fixed note, and the petition passes to the reception team. */
public interface MarkUnreachableUseCase {

  Outcome<Petition> markUnreachable(Actor actor, MarkUnreachableCommand command);

  /** {@code expectedVersion}: the version the user saw; a newer stored version is a conflict. */
  record MarkUnreachableCommand(PetitionId petition, OptionalLong expectedVersion) {

    public MarkUnreachableCommand {
      checkNotNull(petition, "petition");

      expectedVersion = Commands.version(expectedVersion);
    }
  }
}
