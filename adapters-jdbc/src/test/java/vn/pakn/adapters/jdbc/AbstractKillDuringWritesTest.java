package vn.pakn.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;

/**
 * Durability: a child JVM writes petitions and is killed with SIGKILL mid-stream; after reopening, every
 * petition whose write was acknowledged is there and intact, and nothing half-written is visible.
 */
abstract class AbstractKillDuringWritesTest {

  private static final int ACKS_BEFORE_KILL = 40;

  protected abstract String databaseUrl() throws Exception;

  @Test
  void givenAWriterKilledMidStream_whenTheDatabaseIsReopened_thenEveryAcknowledgedPetitionIsIntact() throws Exception {
    String url = databaseUrl();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        DurabilityWriter.class.getName(), url).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<String> acknowledged = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      for (String line; acknowledged.size() < ACKS_BEFORE_KILL && (line = lines.readLine()) != null; ) {
        if (line.startsWith("ACK ")) {
          acknowledged.add(line.substring(4));
        }
        assertThat(System.nanoTime()).as("writer too slow").isLessThan(deadline);
      }
      child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no clean close
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.exitValue()).as("killed, not finished").isNotZero();
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

    try (Database reopened = Database.open(url, null, null, 2)) {
      JdbcPetitionRepository repo = new JdbcPetitionRepository(reopened.transactions());
      for (String id : acknowledged) {
        int n = Integer.parseInt(id.substring(2));
        Petition expected = Petition.builder().from(DurabilityWriter.petition(n)).version(1).build();
        assertThat(repo.findById(PetitionId.of(id))).as(id).contains(expected);
      }
      // whatever else made it (acknowledged after we stopped listening, or in flight) is whole too
      List<String> stored = reopened.transactions().withConnection(c -> Sql.query(c, "select id from petition",
          rs -> rs.getString(1)));
      assertThat(stored).containsAll(acknowledged);
      for (String id : stored) {
        Petition expected = Petition.builder().from(DurabilityWriter.petition(Integer.parseInt(id.substring(2))))
            .version(1).build();
        assertThat(repo.findById(PetitionId.of(id))).as(id).contains(expected);
      }
    }
  }
}
