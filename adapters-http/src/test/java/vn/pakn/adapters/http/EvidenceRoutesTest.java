package vn.pakn.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names and headers of evidence: nothing a client sends escapes the name or the header. */
class EvidenceRoutesTest {

  @Test
  void givenPathsControlsAndReservedCharacters_whenSanitised_thenOnlyACleanBaseNameRemains() {
    assertThat(EvidenceRoutes.sanitizeFileName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(EvidenceRoutes.sanitizeFileName("C:\\Users\\a\\ghi âm.mp3")).isEqualTo("ghi âm.mp3");
    assertThat(EvidenceRoutes.sanitizeFileName("a\u0000b\u0007c\r\n.wav")).isEqualTo("a_b_c__.wav");
    assertThat(EvidenceRoutes.sanitizeFileName("...hidden")).isEqualTo("hidden");
    assertThat(EvidenceRoutes.sanitizeFileName("x\uD800y.pdf")).isEqualTo("x_y.pdf");
    assertThat(EvidenceRoutes.sanitizeFileName("a\u202Egpj.exe")).isEqualTo("a_gpj.exe");
    assertThat(EvidenceRoutes.sanitizeFileName("/")).isEqualTo("tep");
    assertThat(EvidenceRoutes.sanitizeFileName(null)).isEqualTo("tep");
  }

  @Test
  void givenVeryLongName_whenSanitised_thenCutKeepingTheExtension() {
    String name = EvidenceRoutes.sanitizeFileName("ả".repeat(500) + ".docx");

    assertThat(name).hasSize(EvidenceRoutes.MAX_FILE_NAME).endsWith(".docx");
  }

  @Test
  void givenQuotesAndNewlines_whenPutInContentDisposition_thenTheHeaderStaysOneSafeLine() {
    String header = EvidenceRoutes.contentDisposition("a\"b\r\nSet-Cookie: x.pdf");

    assertThat(header).doesNotContain("\r").doesNotContain("\n")
        .startsWith("attachment; filename=\"a_b__Set-Cookie_ x.pdf\"; filename*=UTF-8''a_b__Set-Cookie_%20x.pdf");
  }

  @Test
  void givenMediaTypes_whenChecked_thenParametersDroppedAndInjectionRefused() {
    assertThat(EvidenceRoutes.mediaType("Audio/MPEG; charset=x")).isEqualTo("audio/mpeg");
    org.assertj.core.api.Assertions.assertThatExceptionOfType(HttpProblem.class)
        .isThrownBy(() -> EvidenceRoutes.mediaType("text/html\r\nX-A: b"))
        .satisfies(e -> assertThat(e.status()).isEqualTo(415));
  }
}
