package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.ContactMethod;

/** R2 case 1: the member calls or e-mails the sender and records whether it reached them. */
public interface RecordContactAttemptUseCase {

  Outcome<Petition> recordContactAttempt(Actor actor, RecordContactAttemptCommand command);

  /** {@code expectedVersion}: the version the user saw; a newer stored version is a conflict. */
  record RecordContactAttemptCommand(PetitionId petition, ContactMethod method, boolean reached, String note, OptionalLong expectedVersion) {

    public RecordContactAttemptCommand {
      checkNotNull(petition, "petition");
      checkNotNull(method, "method: chọn gọi điện hoặc email");
      note = Commands.optional(note, "note", 4000);
      expectedVersion = Commands.version(expectedVersion);
    }
  }
}
