package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import java.time.LocalDate;
import java.util.Optional;
import vn.pakn.domain.district.UnitId;

/** R2 case 1 step 4 and R4: forward the verified petition to a unit with instructions and a deadline (default from the deadline rules), notifying the unit. */
public interface ForwardPetitionUseCase {

  Outcome<Petition> forward(Actor actor, ForwardPetitionCommand command);

  /** {@code expectedVersion}: the version the user saw; a newer stored version is a conflict. */
  record ForwardPetitionCommand(PetitionId petition, UnitId unit, String instructions, Optional<LocalDate> deadline, OptionalLong expectedVersion) {

    public ForwardPetitionCommand {
      checkNotNull(petition, "petition");
      checkNotNull(unit, "unit: chọn đơn vị tiếp nhận xử lý");
      instructions = Commands.required(instructions, "instructions", 4000);
      deadline = deadline == null ? Optional.empty() : deadline;
      expectedVersion = Commands.version(expectedVersion);
    }
  }
}
