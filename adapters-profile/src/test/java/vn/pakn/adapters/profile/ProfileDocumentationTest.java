package vn.pakn.adapters.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.district.DistrictProfile;

/** The example in docs/profile.md is a valid profile, so the documentation cannot drift from the reader. */
class ProfileDocumentationTest {

  @Test
  void givenTheDocumentedExample_whenReading_thenItLoads() throws IOException {
    String doc = Files.readString(locate(), StandardCharsets.UTF_8);
    int example = doc.indexOf("## Example");
    int start = doc.indexOf("```json", example) + "```json".length();
    String json = doc.substring(start, doc.indexOf("```", start));

    DistrictProfile profile = DistrictProfileReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    assertThat(profile.districtName()).isEqualTo("Sông Xanh");
    assertThat(profile.roster().sectors()).hasSize(2);
  }

  private static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("docs").resolve("profile.md");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("Không tìm thấy docs/profile.md từ " + Path.of("").toAbsolutePath());
  }
}
