package vn.pakn.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.roster.PersonId;

class RecordingConsentTest {

  private static final PersonId OFFICER = PersonId.of("lamngocbien");
  private static final Instant AT = Instant.parse("2020-01-09T02:00:00Z");

  @Test
  void givenConsentAskedAndCitizenInformed_whenRecording_thenAccepted() {
    assertThat(new RecordingConsent(true, true, OFFICER, AT).askedBy()).isEqualTo(OFFICER);
  }

  @Test
  void givenConsentNotAsked_whenRecording_thenRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new RecordingConsent(false, true, OFFICER, AT))
        .withMessageContaining("xin ý kiến");
  }

  @Test
  void givenCitizenNotInformed_whenRecording_thenRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new RecordingConsent(true, false, OFFICER, AT))
        .withMessageContaining("thông báo cho công dân về việc ghi âm");
  }
}
