package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import java.util.List;

/** R3: the member drafts the forwarding document (subject "V/v …", body, recipients). */
public interface DraftForwardingDocumentUseCase {

  Outcome<Petition> draft(Actor actor, DraftForwardingDocumentCommand command);

  /** {@code expectedVersion}: the version the user saw; a newer stored version is a conflict. */
  record DraftForwardingDocumentCommand(PetitionId petition, String subject, String body, List<String> recipients, OptionalLong expectedVersion) {

    public DraftForwardingDocumentCommand {
      checkNotNull(petition, "petition");
      subject = Commands.required(subject, "subject", 300);
      body = Commands.required(body, "body", 20_000);
      recipients = recipients == null ? List.of() : List.copyOf(recipients);
      expectedVersion = Commands.version(expectedVersion);
    }
  }
}
