package vn.pakn.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.pakn.application.port.out.EvidenceStore;
import vn.pakn.application.port.out.EvidenceTooLargeException;
import vn.pakn.application.port.out.StoredFile;
import vn.pakn.domain.petition.PetitionId;

/** What every {@link EvidenceStore} must do. */
public abstract class AbstractEvidenceStoreContractTest {

  private static final PetitionId P1 = PetitionId.of("p-1");

  /** An empty store. */
  protected abstract EvidenceStore store();

  private static byte[] bytes(int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static byte[] read(StoredFile f) throws IOException {
    try (InputStream in = f.opener().open()) {
      return in.readAllBytes();
    }
  }

  @Test
  void givenARecordingLargerThanOneChunk_whenStoredAndOpened_thenEveryByteComesBack() throws IOException {
    EvidenceStore store = store();
    byte[] content = bytes(700_000, 1);

    long size = store.store(P1, "ev-1", "cuoc-goi.mp3", "audio/mpeg", new ByteArrayInputStream(content), 1_000_000);

    assertThat(size).isEqualTo(700_000);
    StoredFile f = store.find(P1, "ev-1").orElseThrow();
    assertThat(f.fileName()).isEqualTo("cuoc-goi.mp3");
    assertThat(f.contentType()).isEqualTo("audio/mpeg");
    assertThat(f.size()).isEqualTo(700_000);
    assertThat(read(f)).isEqualTo(content);
    assertThat(read(f)).as("opened twice").isEqualTo(content);
  }

  @Test
  void givenSeveralFiles_whenListingAPetition_thenOnlyItsFiles() throws IOException {
    EvidenceStore store = store();
    store.store(P1, "ev-1", "a.mp3", "audio/mpeg", new ByteArrayInputStream(bytes(10, 1)), 100);
    store.store(P1, "ev-2", "thu.eml", "message/rfc822", new ByteArrayInputStream(new byte[0]), 100);
    store.store(PetitionId.of("p-2"), "ev-3", "b.mp3", "audio/mpeg", new ByteArrayInputStream(bytes(10, 2)), 100);

    assertThat(store.list(P1)).extracting(StoredFile::evidenceId).containsExactlyInAnyOrder("ev-1", "ev-2");
    assertThat(read(store.find(P1, "ev-2").orElseThrow())).isEmpty();
    assertThat(store.find(P1, "ev-3")).isEmpty();
  }

  @Test
  void givenAFileOverTheLimit_whenStored_thenRefusedAndNothingIsKept() {
    EvidenceStore store = store();

    assertThatExceptionOfType(EvidenceTooLargeException.class).isThrownBy(() ->
        store.store(P1, "ev-1", "dai.mp3", "audio/mpeg", new ByteArrayInputStream(bytes(600_001, 3)), 600_000));

    assertThat(store.find(P1, "ev-1")).isEmpty();
    assertThat(store.list(P1)).isEmpty();
  }

  @Test
  void givenAFileExactlyAtTheLimit_whenStored_thenKept() throws IOException {
    EvidenceStore store = store();

    long size = store.store(P1, "ev-1", "a.mp3", "audio/mpeg", new ByteArrayInputStream(bytes(1000, 4)), 1000);

    assertThat(size).isEqualTo(1000);
    assertThat(store.find(P1, "ev-1")).isPresent();
  }
}
