package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;


/** R2 case 1 step 3: enter the fixed verification note once the sender was reached and the material kept. */
public interface VerifyPetitionUseCase {

  Outcome<Petition> verify(Actor actor, VerifyPetitionCommand command);

  /** {@code expectedVersion}: the version the user saw; a newer stored version is a conflict. */
  record VerifyPetitionCommand(PetitionId petition, OptionalLong expectedVersion) {

    public VerifyPetitionCommand {
      checkNotNull(petition, "petition");

      expectedVersion = Commands.version(expectedVersion);
    }
  }
}
