package vn.pakn.application.port.in;

import java.io.IOException;
import java.io.OutputStream;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.PetitionId;

/**
 * R2 case 1 step 2: the petition's verification material as one zip named
 * {@code dd.mm.yyyy_tulieuxacminh.<officer>.zip}, with a manifest.
 */
public interface ExportEvidenceArchiveUseCase {

  Outcome<EvidenceArchive> export(Actor actor, PetitionId petition);

  /** The archive's file name, and a way to write it. */
  interface EvidenceArchive {

    String fileName();

    void writeTo(OutputStream out) throws IOException;
  }
}
