package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;


/** R3: the member asks the leader or deputy for an opinion on how to route the petition. */
public interface RequestOpinionUseCase {

  Outcome<Petition> request(Actor actor, RequestOpinionCommand command);

  /** {@code expectedVersion}: the version the user saw; a newer stored version is a conflict. */
  record RequestOpinionCommand(PetitionId petition, String question, OptionalLong expectedVersion) {

    public RequestOpinionCommand {
      checkNotNull(petition, "petition");
      question = Commands.required(question, "question", 4000);
      expectedVersion = Commands.version(expectedVersion);
    }
  }
}
