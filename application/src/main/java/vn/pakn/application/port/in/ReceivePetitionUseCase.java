package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkNotNull;

import vn.pakn.domain.petition.Intake;
import vn.pakn.domain.petition.Petition;

/** R1: a petition arrives (web, Open311, an official entering it); it is routed and assigned. */
public interface ReceivePetitionUseCase {

  Outcome<Petition> receive(ReceivePetitionCommand command);

  /** The intake validates itself: title and content required, lengths bounded. */
  record ReceivePetitionCommand(Intake intake) {

    public ReceivePetitionCommand {
      checkNotNull(intake, "intake");
    }
  }
}
