package vn.pakn.application.fake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.pakn.application.port.out.EvidenceStore;
import vn.pakn.application.port.out.EvidenceTooLargeException;
import vn.pakn.application.port.out.StoredFile;
import vn.pakn.domain.petition.PetitionId;

/** Evidence bytes in memory. */
public final class InMemoryEvidenceStore implements EvidenceStore {

  private record Entry(String fileName, String contentType, byte[] bytes) {}

  private final Map<String, Entry> files = new LinkedHashMap<>();

  @Override
  public synchronized long store(PetitionId petition, String evidenceId, String fileName, String contentType,
      InputStream content, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = content.read(buffer)) >= 0; ) {
      total += n;
      if (total > maxBytes) {
        throw new EvidenceTooLargeException(maxBytes);
      }
      out.write(buffer, 0, n);
    }
    files.put(key(petition, evidenceId), new Entry(fileName, contentType, out.toByteArray()));
    return total;
  }

  @Override
  public synchronized Optional<StoredFile> find(PetitionId petition, String evidenceId) {
    Entry e = files.get(key(petition, evidenceId));
    return Optional.ofNullable(e).map(x -> file(evidenceId, x));
  }

  @Override
  public synchronized List<StoredFile> list(PetitionId petition) {
    List<StoredFile> out = new ArrayList<>();
    String prefix = petition.value() + "/";
    files.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.add(file(k.substring(prefix.length()), v));
      }
    });
    return out;
  }

  private static StoredFile file(String evidenceId, Entry e) {
    return new StoredFile(evidenceId, e.fileName(), e.contentType(), e.bytes().length,
        () -> new ByteArrayInputStream(e.bytes()));
  }

  private static String key(PetitionId petition, String evidenceId) {
    return petition.value() + "/" + evidenceId;
  }
}
