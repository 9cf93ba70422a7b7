package vn.pakn.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API end to end over HTTP: the seed's case 1 and the error shape. */
class PetitionApiTest {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static final String POWER_CUT = """
      {"title":"Mat dien o xom Na Vai","content":"Xom Na Vai xa Hong Viet mat dien 3 ngay nay, cot dien do",
       "sectorHint":"Nước","sender":{"name":"Nông Văn Hậu","phone":"0964 382 715","address":"xã Hồng Việt"}}""";

  @Test
  void givenCase1_whenWalkedOverHttp_thenEachStepAnswersWithThePetition() {
    TestServer.Response created = server.post("/api/v1/petitions", POWER_CUT, "vilalinh");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode c = created.json();
    assertThat(c.at("/sector/code").asText()).isEqualTo("dien");
    assertThat(c.at("/assignee/id").asText()).isEqualTo("lamngocbien");
    assertThat(c.get("complaint").asBoolean()).isFalse();
    String id = c.get("id").asText();
    String base = "/api/v1/petitions/" + id;

    JsonNode shown = server.get(base, "lamngocbien").json();
    assertThat(shown.at("/sender/name").asText()).doesNotContain("Hậu");
    assertThat(server.get(base + "/sender", "lamngocbien").json().at("/name").asText()).isEqualTo("Nông Văn Hậu");

    assertThat(server.post(base + "/contact-attempts", "{\"method\":\"CALL\",\"reached\":true}", "lamngocbien")
        .status()).isEqualTo(200);
    TestServer.Response verifyTooEarly = server.post(base + "/verify", "{}", "lamngocbien");
    assertThat(verifyTooEarly.status()).isEqualTo(422);
    assertThat(verifyTooEarly.json().get("error").asText()).isEqualTo("precondition");
    assertThat(verifyTooEarly.json().get("message").asText()).contains("tư liệu xác minh");
  }

  @Test
  void givenBadInput_whenPosting_thenOneErrorShapeNamingTheField() {
    TestServer.Response noTitle = server.post("/api/v1/petitions", "{\"content\":\"abc\"}", "vilalinh");
    assertThat(noTitle.status()).isEqualTo(400);
    assertThat(noTitle.json().get("field").asText()).isEqualTo("title");

    TestServer.Response wrongType = server.post("/api/v1/petitions",
        "{\"title\":\"a\",\"content\":\"b\",\"sender\":{\"phone\":964382715}}", "vilalinh");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.json().get("field").asText()).isEqualTo("sender.phone");

    TestServer.Response malformed = server.post("/api/v1/petitions", "{\"title\":", "vilalinh");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("error").asText()).isEqualTo("validation");

    TestServer.Response anonymous = server.post("/api/v1/petitions", POWER_CUT, null);
    assertThat(anonymous.status()).isEqualTo(401);

    TestServer.Response unknownRoute = server.get("/api/v1/nothing-here", "vilalinh");
    assertThat(unknownRoute.status()).isEqualTo(404);
    assertThat(unknownRoute.json().get("error").asText()).isEqualTo("not_found");

    TestServer.Response badFilter = server.get("/api/v1/petitions?status=DONE", "vilalinh");
    assertThat(badFilter.status()).isEqualTo(400);
    assertThat(badFilter.json().get("field").asText()).isEqualTo("status");
  }

  @Test
  void givenWrongPassword_whenLoggingInRepeatedly_thenDelayedThen429() {
    int last = 0;
    for (int i = 0; i < 5; i++) {
      last = server.send("POST", "/api/v1/auth/token", "{\"username\":\"tovubien\",\"password\":\"sai-mat-khau\"}", null)
          .status();
    }
    assertThat(last).isEqualTo(429);
  }

  @Test
  void givenHealthCheck_whenAsked_thenUp() {
    assertThat(server.get("/health", null).json().get("status").asText()).isEqualTo("UP");
  }
}
