package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;


/** R3: the leader or deputy gives the opinion asked for. */
public interface GiveOpinionUseCase {

  Outcome<Petition> give(Actor actor, GiveOpinionCommand command);

  /** {@code expectedVersion}: the version the user saw; a newer stored version is a conflict. */
  record GiveOpinionCommand(PetitionId petition, String text, OptionalLong expectedVersion) {

    public GiveOpinionCommand {
      checkNotNull(petition, "petition");
      text = Commands.required(text, "text", 4000);
      expectedVersion = Commands.version(expectedVersion);
    }
  }
}
