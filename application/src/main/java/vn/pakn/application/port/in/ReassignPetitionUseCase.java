package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import java.util.Optional;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.SectorCode;

/** R1: the leader (or the deputy under delegation) assigns a petition by hand, optionally to a sector. */
public interface ReassignPetitionUseCase {

  Outcome<Petition> reassign(Actor actor, ReassignPetitionCommand command);

  /** {@code expectedVersion}: the version the user saw; a newer stored version is a conflict. */
  record ReassignPetitionCommand(PetitionId petition, PersonId to, Optional<SectorCode> sector, String reason, OptionalLong expectedVersion) {

    public ReassignPetitionCommand {
      checkNotNull(petition, "petition");
      checkNotNull(to, "to: chọn người được phân công");
      sector = sector == null ? Optional.empty() : sector;
      reason = Commands.optional(reason, "reason", 2000);
      expectedVersion = Commands.version(expectedVersion);
    }
  }
}
