package vn.pakn.application.port.in;

import java.util.List;
import vn.pakn.application.port.out.StoredFile;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.PetitionId;

/** Lists and opens a petition's verification files, for those who may see the petition. */
public interface OpenEvidenceUseCase {

  Outcome<List<StoredFile>> list(Actor actor, PetitionId petition);

  Outcome<StoredFile> open(Actor actor, PetitionId petition, String evidenceId);
}
