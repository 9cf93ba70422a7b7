package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;


/** R2 case 2: the reception team answers the citizen directly from its handling account. */
public interface AnswerAsReceptionUseCase {

  Outcome<Petition> answer(Actor actor, AnswerAsReceptionCommand command);

  /** {@code expectedVersion}: the version the user saw; a newer stored version is a conflict. */
  record AnswerAsReceptionCommand(PetitionId petition, String text, OptionalLong expectedVersion) {

    public AnswerAsReceptionCommand {
      checkNotNull(petition, "petition");
      text = Commands.required(text, "text", 20_000);
      expectedVersion = Commands.version(expectedVersion);
    }
  }
}
