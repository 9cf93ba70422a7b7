package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;


/** The member replies to the citizen once the unit has answered. */
public interface ReplyToCitizenUseCase {

  Outcome<Petition> reply(Actor actor, ReplyToCitizenCommand command);

  /** {@code expectedVersion}: the version the user saw; a newer stored version is a conflict. */
  record ReplyToCitizenCommand(PetitionId petition, String text, OptionalLong expectedVersion) {

    public ReplyToCitizenCommand {
      checkNotNull(petition, "petition");
      text = Commands.required(text, "text", 20_000);
      expectedVersion = Commands.version(expectedVersion);
    }
  }
}
