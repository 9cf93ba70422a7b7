package vn.pakn.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  @Test
  void givenNoSettings_whenReading_thenDefaults() {
    Settings s = Settings.from(Map.of());
    assertThat(s.port()).isEqualTo(8080);
    assertThat(s.dataDir()).isEqualTo(Path.of("data"));
    assertThat(s.dbUrl()).isEmpty();
    assertThat(s.evidenceMaxBytes()).isEqualTo(50L * 1024 * 1024);
    assertThat(s.reminderInterval()).isEqualTo(Duration.ofHours(1));
    assertThat(s.zone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
  }

  @Test
  void givenFileAndEnvironment_whenReading_thenEnvironmentWins(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("pakn.properties");
    Files.writeString(file, "PAKN_PORT=9000\nPAKN_DB_URL=jdbc:postgresql://127.0.0.1:5432/pakn\n");
    Settings s = Settings.from(Map.of("PAKN_CONFIG", file.toString(), "PAKN_PORT", "9100"));
    assertThat(s.port()).isEqualTo(9100);
    assertThat(s.dbUrl()).contains("jdbc:postgresql://127.0.0.1:5432/pakn");
  }

  @Test
  void givenBadValues_whenReading_thenTheMessageNamesTheSetting() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Settings.from(Map.of("PAKN_PORT", "tám")))
        .withMessageStartingWith("PAKN_PORT:");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Settings.from(Map.of("PAKN_EVIDENCE_MAX_MB", "0")))
        .withMessageStartingWith("PAKN_EVIDENCE_MAX_MB:");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Settings.from(Map.of("PAKN_TIMEZONE", "Sao Hỏa")))
        .withMessageStartingWith("PAKN_TIMEZONE:");
  }
}
