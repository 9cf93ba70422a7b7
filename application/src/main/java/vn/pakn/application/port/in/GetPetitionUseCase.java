package vn.pakn.application.port.in;

import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;

/** One petition with its history, the sender's details masked (see {@link RevealSenderUseCase}). */
public interface GetPetitionUseCase {

  Outcome<Petition> get(Actor actor, PetitionId petition);
}
