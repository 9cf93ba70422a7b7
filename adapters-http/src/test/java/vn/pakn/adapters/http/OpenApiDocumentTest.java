package vn.pakn.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.access.ActorRole;
import vn.pakn.domain.petition.Channel;
import vn.pakn.domain.petition.EvidenceKind;
import vn.pakn.domain.petition.Status;

/** The OpenAPI document served at /api/v1/openapi.json describes every API route the server registers (not the web pages, not Open311). */
class OpenApiDocumentTest {

  private static TestServer server;
  private static JsonNode document;

  @BeforeAll
  static void start() {
    server = new TestServer();
    TestServer.Response r = server.get("/api/v1/openapi.json", null);
    assertThat(r.status()).isEqualTo(200);
    document = r.json();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static TreeSet<String> documented() {
    TreeSet<String> out = new TreeSet<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> p = paths.next();
      p.getValue().fieldNames().forEachRemaining(m -> out.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey()));
    }
    return out;
  }

  private static TreeSet<String> registered() {
    TreeSet<String> out = new TreeSet<>();
    for (String route : server.server.routes()) {
      String path = route.substring(route.indexOf(' ') + 1);
      boolean api = path.startsWith("/api/") || path.equals("/health") || path.equals("/metrics");
      if (api && !route.startsWith("HEAD ") && !route.startsWith("OPTIONS ")) {
        out.add(route);
      }
    }
    return out;
  }

  @Test
  void givenRunningServer_whenRoutesCompared_thenEveryRegisteredRouteIsDocumented() {
    TreeSet<String> registered = registered();

    assertThat(registered).as("routes found in Javalin").hasSizeGreaterThan(40)
        .contains("GET /health", "GET /metrics", "POST /api/v1/petitions/{id}/evidence", "POST /api/v1/api-keys");
    assertThat(documented()).as("OpenAPI paths × methods").containsAll(registered);
  }

  @Test
  void givenDocument_whenRead_thenItDocumentsNoRouteTheServerLacks() {
    TreeSet<String> extra = documented();
    extra.removeAll(registered());

    assertThat(extra).isEmpty();
  }

  @Test
  void givenEveryOperation_whenItsErrorsAreRead_thenTheyUseTheOneErrorSchema() {
    List<String> wrong = new ArrayList<>();
    document.get("paths").properties().forEach(p -> p.getValue().properties().forEach(op ->
        op.getValue().get("responses").properties().forEach(r -> {
          int code = Integer.parseInt(r.getKey());
          if (code >= 400 && code != 503 && !r.getValue().path("$ref").asText().startsWith("#/components/responses/E")) {
            wrong.add(op.getKey() + " " + p.getKey() + " " + code);
          }
        })));

    assertThat(wrong).isEmpty();
    assertThat(document.at("/components/schemas/Error/required").toString()).contains("error", "message");
  }

  @Test
  void givenEnumsInTheDocument_whenComparedWithTheCode_thenTheyAgree() {
    assertThat(values("/components/schemas/Status/enum")).containsExactlyElementsOf(names(Status.values()));
    assertThat(values("/components/schemas/Role/enum")).containsExactlyElementsOf(names(ActorRole.values()));
    assertThat(values("/components/schemas/EvidenceKind/enum")).containsExactlyElementsOf(names(EvidenceKind.values()));
    assertThat(values("/paths/~1api~1v1~1petitions/post/requestBody/content/application~1json/schema/properties/channel/enum"))
        .containsExactlyElementsOf(names(Channel.values()));
  }

  private static List<String> values(String pointer) {
    List<String> out = new ArrayList<>();
    document.at(pointer).forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
