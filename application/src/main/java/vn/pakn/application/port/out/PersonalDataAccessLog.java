package vn.pakn.application.port.out;

import java.util.List;
import vn.pakn.domain.petition.PetitionId;

/** The access log of who read a sender's personal details. Append-only. */
public interface PersonalDataAccessLog {

  void record(SenderAccess access);

  /** Oldest first. */
  List<SenderAccess> forPetition(PetitionId petition);
}
