package vn.pakn.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Verification material over HTTP: multipart upload with limits, listing, download, the R2-named zip. */
class EvidenceApiTest {

  private static final long LIMIT = 200 * 1024;
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(LIMIT);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String contactedPetition(TestServer server) {
    TestServer.Response created = server.post("/api/v1/petitions", """
        {"title":"Mat dien o xom Na Vai","content":"Xom Na Vai xa Hong Viet mat dien 3 ngay nay, cot dien do",
         "sender":{"name":"Nông Văn Hậu","phone":"0964 382 715"}}""", "vilalinh");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(server.post("/api/v1/petitions/" + id + "/contact-attempts", "{\"method\":\"CALL\",\"reached\":true}",
        "lamngocbien").status()).isEqualTo(200);
    return id;
  }

  private static final Map<String, String> RECORDING = Map.of("kind", "RECORDING", "consentAsked", "true",
      "citizenInformed", "true");

  @Test
  void givenRecordingWithConsent_whenUploadedListedAndDownloaded_thenSameBytesAsAttachment() {
    String base = "/api/v1/petitions/" + contactedPetition(server);
    byte[] audio = "RIFF....WAVEfmt ghi am cuoc goi".getBytes(StandardCharsets.UTF_8);

    TestServer.Response up = server.upload(base + "/evidence", "lamngocbien", RECORDING, "cuộc gọi 1.wav",
        "audio/wav", audio);

    assertThat(up.status()).as(up.body()).isEqualTo(201);
    assertThat(up.json().get("kind").asText()).isEqualTo("RECORDING");
    assertThat(up.json().get("consent").asBoolean()).isTrue();
    String evidenceId = up.json().get("id").asText();
    TestServer.Response list = server.get(base + "/evidence", "lamngocbien");
    assertThat(list.json()).hasSize(1);
    assertThat(list.json().get(0).get("fileName").asText()).isEqualTo("cuộc gọi 1.wav");
    assertThat(list.json().get(0).get("size").asLong()).isEqualTo(audio.length);

    HttpResponse<byte[]> file = server.download(base + "/evidence/" + evidenceId, "lamngocbien");
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(audio);
    assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("audio/wav"));
    assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(file.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"cu_c g_i 1.wav\"; filename*=UTF-8''cu%E1%BB%99c%20g%E1%BB%8Di%201.wav");
  }

  @Test
  void givenEvidence_whenZipDownloaded_thenNamedPerR2WithFilesAndManifest() throws IOException {
    String base = "/api/v1/petitions/" + contactedPetition(server);
    server.upload(base + "/evidence", "lamngocbien", Map.of("kind", "EMAIL_EXPORT"), "thu.eml", "message/rfc822",
        "From: a@b.vn".getBytes(StandardCharsets.UTF_8));

    HttpResponse<byte[]> zip = server.download(base + "/evidence.zip", "lamngocbien");

    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
    assertThat(zip.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        d -> assertThat(d).contains("filename*=UTF-8''09.01.2020_tulieuxacminh.lamngocbien.zip"));
    List<String> entries = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.add(e.getName());
      }
    }
    assertThat(entries).containsExactly("01_thu.eml", "00_danh-sach-tu-lieu.txt");
  }

  @Test
  void givenTraversalAndControlCharactersInFileName_whenUploaded_thenOnlyTheCleanBaseNameIsKept() {
    String base = "/api/v1/petitions/" + contactedPetition(server);

    TestServer.Response up = server.upload(base + "/evidence", "lamngocbien", Map.of("kind", "DOCUMENT"),
        "..\\..\\windows/../../etc/.pass<wd>:1.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'});

    assertThat(up.status()).as(up.body()).isEqualTo(201);
    assertThat(up.json().get("fileName").asText()).isEqualTo("pass_wd__1.pdf");
  }

  @Test
  void givenFileOverTheLimit_whenUploaded_then413AndNothingKept() {
    String base = "/api/v1/petitions/" + contactedPetition(server);

    TestServer.Response up = server.upload(base + "/evidence", "lamngocbien", Map.of("kind", "IMAGE"), "anh.jpg",
        "image/jpeg", new byte[(int) LIMIT + 1024]);

    assertThat(up.status()).as(up.body()).isEqualTo(413);
    assertThat(up.json().get("error").asText()).isEqualTo("too_large");
    assertThat(server.get(base + "/evidence", "lamngocbien").json()).isEmpty();
  }

  @Test
  void givenWrongInput_whenUploading_thenClearRefusals() {
    String base = "/api/v1/petitions/" + contactedPetition(server);

    TestServer.Response json = server.post(base + "/evidence", "{\"kind\":\"IMAGE\"}", "lamngocbien");
    TestServer.Response noConsent = server.upload(base + "/evidence", "lamngocbien", Map.of("kind", "RECORDING"),
        "goi.mp3", "audio/mpeg", new byte[10]);
    TestServer.Response html = server.upload(base + "/evidence", "lamngocbien", Map.of("kind", "DOCUMENT"),
        "x.html", "text/html", new byte[10]);
    TestServer.Response noKind = server.upload(base + "/evidence", "lamngocbien", Map.of(), "a.pdf",
        "application/pdf", new byte[10]);
    TestServer.Response noFile = server.upload(base + "/evidence", "lamngocbien", Map.of("kind", "IMAGE"), null,
        null, null);
    TestServer.Response notAssignee = server.upload(base + "/evidence", "vilalinh", Map.of("kind", "IMAGE"), "a.png",
        "image/png", new byte[10]);

    assertThat(json.status()).isEqualTo(415);
    assertThat(noConsent.status()).isEqualTo(422);
    assertThat(html.status()).isEqualTo(400);
    assertThat(html.json().get("field").asText()).isEqualTo("contentType");
    assertThat(noKind.json().get("field").asText()).isEqualTo("kind");
    assertThat(noFile.json().get("field").asText()).isEqualTo("file");
    assertThat(notAssignee.status()).isIn(403, 404);
  }
}
