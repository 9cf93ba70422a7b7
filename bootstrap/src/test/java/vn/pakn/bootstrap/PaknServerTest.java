package vn.pakn.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole server on an embedded H2 file: first start, a petition over HTTP, a restart that keeps it. */
class PaknServerTest {

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> send(PaknServer server, String method, String path, String json, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    b.header("Content-Type", "application/json");
    b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String login(PaknServer server, String user, String password) throws Exception {
    HttpResponse<String> r = send(server, "POST", "/api/v1/auth/token",
        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
  }

  @Test
  void givenEmptyDataDirectory_whenStartedTwice_thenAccountsOnceAndPetitionsKept(@TempDir Path dir) throws Exception {
    Settings settings = Settings.from(Map.of("PAKN_PORT", "0", "PAKN_DATA_DIR", dir.toString(),
        "PAKN_ADMIN_PASSWORD", "mat-khau-to-truong"));
    String id;
    try (PaknServer server = PaknServer.start(settings)) {
      assertThat(send(server, "GET", "/health", null, null).body()).contains("UP");
      assertThat(server.services().accounts().authenticate("samngocdoan", "mat-khau-to-truong")).isEmpty();
      String token = login(server, "hoangthihongvan", "mat-khau-to-truong");
      HttpResponse<String> created = send(server, "POST", "/api/v1/petitions",
          "{\"title\":\"Đường liên xã sạt lở\",\"content\":\"Đường từ xã Bình Long đi Đức Long bị sạt lở, ô tô không qua được\"}",
          token);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }
    try (PaknServer again = PaknServer.start(settings)) {
      String token = login(again, "hoangthihongvan", "mat-khau-to-truong");
      HttpResponse<String> shown = send(again, "GET", "/api/v1/petitions/" + id, null, token);
      assertThat(shown.statusCode()).isEqualTo(200);
      assertThat(shown.body()).contains("sạt lở").contains("giao-thong-van-tai");
      assertThat(again.services().accounts().list(vn.pakn.domain.fixtures.DistrictFixtures.leader()).orElseThrow())
          .hasSize(8);
    }
  }
}
