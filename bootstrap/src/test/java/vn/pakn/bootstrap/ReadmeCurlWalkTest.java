package vn.pakn.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.Status;

/** The README's "case 1 with curl" walk, run as written (but on a free port) against the real server on H2. */
class ReadmeCurlWalkTest {

  @Test
  void givenTheReadmeWalk_whenRunWithCurl_thenThePetitionEndsClosedWithTheR2ZipDownloaded(@TempDir Path dir)
      throws Exception {
    Assumptions.assumeTrue(new File("/usr/bin/curl").canExecute() || new File("/bin/curl").canExecute(),
        "curl is not installed: the README walk is skipped");
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String block = readme.split("## The seed's case 1 with curl", 2)[1].split("```bash", 2)[1].split("```", 2)[0];
    Settings settings = Settings.from(Map.of("PAKN_PORT", "0", "PAKN_DATA_DIR", dir.resolve("data").toString(),
        "PAKN_ADMIN_PASSWORD", "mat-khau-to-truong"));
    try (PaknServer server = PaknServer.start(settings)) {
      String script = block.lines()
          .filter(l -> !l.startsWith("PAKN_ADMIN_PASSWORD="))
          .map(l -> l.replace("http://localhost:8080", "http://127.0.0.1:" + server.port()))
          .collect(Collectors.joining("\n", "set -e\n", "\n"));
      Files.write(dir.resolve("cuoc-goi.mp3"), new byte[] {'I', 'D', '3', 1, 2, 3});
      Files.writeString(dir.resolve("walk.sh"), script);
      Process bash = new ProcessBuilder("bash", "walk.sh").directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(dir.resolve("walk.out").toFile()).start();
      assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(bash.exitValue()).as(Files.readString(dir.resolve("walk.out"))).isZero();

      List<Petition> all = server.services().queries()
          .list(vn.pakn.domain.fixtures.DistrictFixtures.leader(),
              vn.pakn.application.query.PetitionFilter.all(java.time.LocalDate.now()))
          .orElseThrow().page().items().stream()
          .map(s -> server.services().queries().get(vn.pakn.domain.fixtures.DistrictFixtures.leader(), s.id())
              .orElseThrow())
          .toList();
      assertThat(all).singleElement().satisfies(p -> {
        assertThat(p.status()).isEqualTo(Status.CLOSED);
        assertThat(p.evidence()).hasSize(1);
        assertThat(p.assignee().value()).isEqualTo("lamngocbien");
      });
      try (var files = Files.list(dir)) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .anyMatch(n -> n.matches("\\d\\d\\.\\d\\d\\.\\d{4}_tulieuxacminh\\.lamngocbien\\.zip"));
      }
    }
  }
}
