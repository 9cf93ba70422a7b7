package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalLong;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.roster.SectorKind;

/** R2 case 3: answer a complaint, denunciation or corruption report with guidance citing the laws. */
public interface GuideComplaintUseCase {

  Outcome<Petition> guide(Actor actor, GuideComplaintCommand command);

  /** {@code expectedVersion}: the version the user saw; a newer stored version is a conflict. */
  record GuideComplaintCommand(PetitionId petition, SectorKind kind, OptionalLong expectedVersion) {

    public GuideComplaintCommand {
      checkNotNull(petition, "petition");
      checkNotNull(kind, "kind: chọn khiếu nại, tố cáo hoặc tham nhũng");
      expectedVersion = Commands.version(expectedVersion);
    }
  }
}
