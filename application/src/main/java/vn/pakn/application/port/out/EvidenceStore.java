package vn.pakn.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import vn.pakn.domain.petition.PetitionId;

/** Keeps the bytes of verification material (recordings, e-mail exports, documents). */
public interface EvidenceStore {

  /**
   * Streams the content into the store and returns its size.
   *
   * @throws EvidenceTooLargeException when the content exceeds {@code maxBytes}; nothing is kept
   */
  long store(PetitionId petition, String evidenceId, String fileName, String contentType, InputStream content,
      long maxBytes) throws IOException;

  Optional<StoredFile> find(PetitionId petition, String evidenceId);

  List<StoredFile> list(PetitionId petition);
}
