package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;


/** R3: the leader signs and issues the forwarding document; the deputy only under a valid delegation. */
public interface SignForwardingDocumentUseCase {

  Outcome<Petition> sign(Actor actor, SignForwardingDocumentCommand command);

  /** {@code expectedVersion}: the version the user saw; a newer stored version is a conflict. */
  record SignForwardingDocumentCommand(PetitionId petition, OptionalLong expectedVersion) {

    public SignForwardingDocumentCommand {
      checkNotNull(petition, "petition");

      expectedVersion = Commands.version(expectedVersion);
    }
  }
}
