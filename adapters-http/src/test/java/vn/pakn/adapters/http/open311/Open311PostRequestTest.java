package vn.pakn.adapters.http.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.adapters.http.open311.Open311Support.JSON_TYPE;
import static vn.pakn.adapters.http.open311.Open311Support.XML_TYPE;
import static vn.pakn.adapters.http.open311.Open311Support.apiKey;
import static vn.pakn.adapters.http.open311.Open311Support.contentType;
import static vn.pakn.adapters.http.open311.Open311Support.form;
import static vn.pakn.adapters.http.open311.Open311Support.postForm;
import static vn.pakn.adapters.http.open311.Open311Support.xml;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.pakn.adapters.http.TestServer;
import vn.pakn.application.port.in.ManageApiKeysUseCase;
import vn.pakn.application.query.PetitionFilter;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.petition.Channel;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;

/** POST requests: a citizen app with a key submits; the petition is received on OPEN311 and routed. */
class Open311PostRequestTest {

  private static final String POWER_CUT = "Xóm Nà Vài mất điện 3 ngày nay. Cột điện đổ chắn ngang đường.";

  private static TestServer server;
  private static String key;

  @BeforeAll
  static void start() {
    server = new TestServer();
    key = apiKey(server, "ứng dụng thử nghiệm");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Petition stored(String id) {
    return server.app.petitions.findById(PetitionId.of(id)).orElseThrow();
  }

  private static long petitionCount() {
    return server.app.petitions.countByStatus(PetitionFilter.all(LocalDate.of(2020, 1, 9))).values().stream()
        .mapToLong(Long::longValue).sum();
  }

  @Test
  void givenAValidKey_whenPostingAPowerCutAsForm_thenAPetitionOnOpen311RoutedToDien() {
    TestServer.Response r = postForm(server, "requests.json", form("api_key", key, "service_code", "dien",
        "description", POWER_CUT, "address_string", "xóm Nà Vài, xã Hồng Việt", "lat", "22.6", "long", "106.2",
        "first_name", "Văn Hậu", "last_name", "Nông", "phone", "0964 382 715", "email", "hau.nong@example.vn",
        "jurisdiction_id", "hoa-an", "device_id", "abc"));

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(contentType(r)).isEqualTo(JSON_TYPE);
    JsonNode created = r.json();
    assertThat(created.isArray()).isTrue();
    assertThat(created).hasSize(1);
    assertThat(created.get(0).get("service_request_id").isTextual()).isTrue();
    assertThat(created.get(0).get("service_notice").isTextual()).isTrue();
    assertThat(created.get(0).has("account_id")).isTrue();
    assertThat(created.get(0).get("account_id").isNull()).isTrue();
    Petition p = stored(created.get(0).get("service_request_id").asText());
    assertThat(p.channel()).isEqualTo(Channel.OPEN311);
    assertThat(p.sector()).contains(DistrictFixtures.POWER);
    assertThat(p.assignee()).isEqualTo(DistrictFixtures.INFRASTRUCTURE);
    assertThat(p.status()).isEqualTo(Status.ASSIGNED);
    assertThat(p.title()).isEqualTo("Xóm Nà Vài mất điện 3 ngày nay.");
    assertThat(p.content()).isEqualTo(POWER_CUT);
    assertThat(p.sectorHint()).contains("Điện");
    assertThat(p.sender().name()).contains("Nông Văn Hậu");
    assertThat(p.sender().phone()).contains("0964 382 715");
    assertThat(p.sender().email()).contains("hau.nong@example.vn");
    assertThat(p.sender().address()).contains("xóm Nà Vài, xã Hồng Việt (toạ độ 22.6, 106.2)");
  }

  @Test
  void givenNoServiceCodeAndNoDiacritics_whenPosting_thenRoutingReadsTheText() {
    TestServer.Response r = postForm(server, "requests.json", form("api_key", key,
        "description", "mat dien o xom Na Vai xa Hong Viet, cot dien do"));

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    Petition p = stored(r.json().get(0).get("service_request_id").asText());
    assertThat(p.sector()).contains(DistrictFixtures.POWER);
    assertThat(p.sender().address()).isEmpty();
  }

  @Test
  void givenXmlFormat_whenPosting_thenServiceRequestsRootWithTheNewId() {
    TestServer.Response r = postForm(server, "requests.xml", form("api_key", key, "description", POWER_CUT,
        "media_url", "https://anh.example.vn/cot-dien.jpg"));

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(contentType(r)).isEqualTo(XML_TYPE);
    Document doc = xml(r);
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("service_requests");
    Element request = (Element) doc.getElementsByTagName("request").item(0);
    String id = Open311ServicesTest.text(request, "service_request_id");
    assertThat(Open311ServicesTest.text(request, "service_notice")).isNotBlank();
    assertThat(Open311ServicesTest.text(request, "account_id")).isEmpty();
    assertThat(stored(id).content()).contains("https://anh.example.vn/cot-dien.jpg");
  }

  @Test
  void givenAJsonBody_whenPosting_thenAcceptedLikeAForm() {
    String body = "{\"api_key\":\"" + key + "\",\"description\":\"Mất điện ở xã Bình Long\",\"lat\":22.61,"
        + "\"long\":106.25}";
    TestServer.Response r = server.send(HttpRequest.newBuilder(URI.create(server.url("/open311/v2/requests.json")))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    Petition p = stored(r.json().get(0).get("service_request_id").asText());
    assertThat(p.sender().address()).contains("(toạ độ 22.61, 106.25)");
    assertThat(p.channel()).isEqualTo(Channel.OPEN311);
  }

  @Test
  void givenNoBadOrRevokedKey_whenPosting_then403InTheSpecsFormatAndNothingStored() {
    ManageApiKeysUseCase.CreatedKey toRevoke = Open311Support.ok(server.app.services.apiKeys()
        .create(DistrictFixtures.leader(), "sắp thu hồi"));
    Open311Support.ok(server.app.services.apiKeys().revoke(DistrictFixtures.leader(), toRevoke.stored().id()));
    Map<String, String> noKey = form("description", POWER_CUT);
    Map<String, String> badKey = form("api_key", "khong-phai-khoa", "description", POWER_CUT);
    Map<String, String> revokedKey = form("api_key", toRevoke.key(), "description", POWER_CUT);
    long before = petitionCount();

    for (Map<String, String> f : List.of(noKey, badKey, revokedKey)) {
      TestServer.Response json = postForm(server, "requests.json", f);
      assertThat(json.status()).as(json.body()).isEqualTo(403);
      assertThat(json.json().get(0).get("code").asInt()).isEqualTo(403);
      assertThat(json.json().get(0).get("description").asText()).startsWith("api_key");
      TestServer.Response xml = postForm(server, "requests.xml", f);
      assertThat(xml.status()).isEqualTo(403);
      Element error = (Element) xml(xml).getElementsByTagName("error").item(0);
      assertThat(Open311ServicesTest.text(error, "code")).isEqualTo("403");
    }
    assertThat(petitionCount()).isEqualTo(before);
  }

  @Test
  void givenBadInput_whenPosting_then400NamingTheField() {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("description", "api_key=" + key);
    cases.put("lat", "api_key=" + key + "&description=a&lat=91&long=106");
    cases.put("long", "api_key=" + key + "&description=a&lat=22.6&long=abc");
    cases.put("long ", "api_key=" + key + "&description=a&lat=22.6");
    cases.put("service_code", "api_key=" + key + "&description=a&service_code=khong-co");
    cases.put("media_url", "api_key=" + key + "&description=a&media_url=javascript:alert(1)");
    cases.put("email", "api_key=" + key + "&description=a&email=" + "x".repeat(300));
    long before = petitionCount();
    for (Map.Entry<String, String> c : cases.entrySet()) {
      TestServer.Response r = server.send(HttpRequest.newBuilder(URI.create(server.url("/open311/v2/requests.json")))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(c.getValue(), StandardCharsets.UTF_8)).build());
      assertThat(r.status()).as(c.getKey() + ": " + r.body()).isEqualTo(400);
      assertThat(r.json().get(0).get("code").asInt()).isEqualTo(400);
      assertThat(r.json().get(0).get("description").asText()).startsWith(c.getKey().strip() + ":");
    }
    TestServer.Response xml = postForm(server, "requests.xml", form("api_key", key));
    assertThat(xml.status()).isEqualTo(400);
    Element error = (Element) xml(xml).getElementsByTagName("error").item(0);
    assertThat(Open311ServicesTest.text(error, "description")).startsWith("description:");
    TestServer.Response plain = server.send(HttpRequest.newBuilder(URI.create(server.url("/open311/v2/requests.json")))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("description=a")).build());
    assertThat(plain.status()).isEqualTo(400);
    assertThat(plain.json().get(0).get("description").asText()).startsWith("Content-Type:");
    assertThat(petitionCount()).isEqualTo(before);
  }

  @Test
  void givenALongDescription_whenMakingTheTitle_thenFirstSentenceCutAt80CharactersAtAWord() {
    assertThat(Open311Routes.title("Đường hỏng. Xin sửa.")).isEqualTo("Đường hỏng.");
    assertThat(Open311Routes.title("Dòng một\nDòng hai")).isEqualTo("Dòng một");
    String title = Open311Routes.title("Đường liên xã " + "rất ".repeat(40) + "hỏng");
    assertThat(title).hasSizeLessThanOrEqualTo(80).endsWith("…").doesNotContain("  ");
    assertThat(title).startsWith("Đường liên xã rất");
  }
}
