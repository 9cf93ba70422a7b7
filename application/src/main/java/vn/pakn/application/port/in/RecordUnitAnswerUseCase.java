package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;


/** R4: the unit answers the forwarded petition from its handling account. */
public interface RecordUnitAnswerUseCase {

  Outcome<Petition> answer(Actor actor, RecordUnitAnswerCommand command);

  /** {@code expectedVersion}: the version the user saw; a newer stored version is a conflict. */
  record RecordUnitAnswerCommand(PetitionId petition, String text, OptionalLong expectedVersion) {

    public RecordUnitAnswerCommand {
      checkNotNull(petition, "petition");
      text = Commands.required(text, "text", 20_000);
      expectedVersion = Commands.version(expectedVersion);
    }
  }
}
