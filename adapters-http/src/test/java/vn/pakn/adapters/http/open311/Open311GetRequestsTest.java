package vn.pakn.adapters.http.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.adapters.http.open311.Open311Support.JSON_TYPE;
import static vn.pakn.adapters.http.open311.Open311Support.OFFSET;
import static vn.pakn.adapters.http.open311.Open311Support.XML_TYPE;
import static vn.pakn.adapters.http.open311.Open311Support.apiKey;
import static vn.pakn.adapters.http.open311.Open311Support.contentType;
import static vn.pakn.adapters.http.open311.Open311Support.form;
import static vn.pakn.adapters.http.open311.Open311Support.get;
import static vn.pakn.adapters.http.open311.Open311Support.postForm;
import static vn.pakn.adapters.http.open311.Open311Support.query;
import static vn.pakn.adapters.http.open311.Open311Support.xml;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.pakn.adapters.http.TestServer;
import vn.pakn.application.port.in.GuideComplaintUseCase.GuideComplaintCommand;
import vn.pakn.application.port.in.ReceivePetitionUseCase.ReceivePetitionCommand;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.fixtures.PetitionFixtures;
import vn.pakn.domain.petition.Channel;
import vn.pakn.domain.petition.Intake;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;

/**
 * GET requests, one request and tokens: every field the spec defines, with its type and the +07:00 offset;
 * the lifecycle as open/closed; the filters; and never the sender's name, phone or e-mail.
 */
class Open311GetRequestsTest {

  private static final String NAME_FIRST = "Văn Hậu";
  private static final String NAME_LAST = "Nông";
  private static final String PHONE = "0964 382 715";
  private static final String EMAIL = "hau.nong@example.vn";

  /** The spec's fields of a service request, in order, with the JSON types they may take. */
  private static final Map<String, Predicate<JsonNode>> FIELDS = fields();

  private static TestServer server;
  private static String key;
  private static String assigned;
  private static String forwarded;
  private static String closed;
  private static String script;

  private static Map<String, Predicate<JsonNode>> fields() {
    Predicate<JsonNode> text = JsonNode::isTextual;
    Predicate<JsonNode> textOrNull = n -> n.isTextual() || n.isNull();
    Predicate<JsonNode> numberOrNull = n -> n.isNumber() || n.isNull();
    Map<String, Predicate<JsonNode>> m = new java.util.LinkedHashMap<>();
    m.put("service_request_id", text);
    m.put("status", n -> n.isTextual() && (n.asText().equals("open") || n.asText().equals("closed")));
    m.put("status_notes", textOrNull);
    m.put("service_name", textOrNull);
    m.put("service_code", textOrNull);
    m.put("description", text);
    m.put("agency_responsible", textOrNull);
    m.put("service_notice", textOrNull);
    m.put("requested_datetime", n -> n.isTextual() && n.asText().endsWith(OFFSET));
    m.put("updated_datetime", n -> n.isTextual() && n.asText().endsWith(OFFSET));
    m.put("expected_datetime", n -> n.isNull() || (n.isTextual() && n.asText().endsWith(OFFSET)));
    m.put("address", textOrNull);
    m.put("address_id", textOrNull);
    m.put("zipcode", textOrNull);
    m.put("lat", numberOrNull);
    m.put("long", numberOrNull);
    m.put("media_url", textOrNull);
    return m;
  }

  @BeforeAll
  static void start() {
    server = new TestServer();
    key = apiKey(server, "ứng dụng thử nghiệm");
    assigned = post("Xóm Nà Vài mất điện 3 ngày nay. Cột điện đổ.", "dien", "xóm Nà Vài, xã Hồng Việt");
    forwarded = post("Mất điện ở xóm Pác Pó, trạm biến áp hỏng.", "dien", null);
    closed = post("Cột điện nghiêng ở xóm Bó Mạ, nguy cơ đổ.", "dien", null);
    script = post("Đường <script>alert('x')</script> & ổ gà \"sâu\"", "giao-thong-van-tai", "<b>xóm</b> & bản");
    server.app.clock.advance(Duration.ofHours(2));
    Open311Support.forward(server, forwarded);
    Open311Support.close(server, closed);
  }

  private static String post(String description, String code, String address) {
    TestServer.Response r = postForm(server, "requests.json", form("api_key", key, "service_code", code,
        "description", description, "address_string", address, "lat", address == null ? null : "22.6",
        "long", address == null ? null : "106.2", "first_name", NAME_FIRST, "last_name", NAME_LAST,
        "phone", PHONE, "email", EMAIL));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get(0).get("service_request_id").asText();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonNode byId(JsonNode list, String id) {
    for (JsonNode n : list) {
      if (n.get("service_request_id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError(id + " not in " + list);
  }

  private static List<String> ids(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.get("service_request_id").asText()));
    return out;
  }

  @Test
  void givenRequests_whenListingAsJson_thenEveryFieldOfTheSpecWithItsTypeAndTheDistrictOffset() {
    TestServer.Response r = get(server, "requests.json");

    assertThat(r.status()).isEqualTo(200);
    assertThat(contentType(r)).isEqualTo(JSON_TYPE);
    JsonNode list = r.json();
    assertThat(ids(list)).containsExactlyInAnyOrder(assigned, forwarded, closed, script);
    for (JsonNode request : list) {
      List<String> names = new ArrayList<>();
      request.fieldNames().forEachRemaining(names::add);
      assertThat(names).containsExactlyElementsOf(FIELDS.keySet());
      FIELDS.forEach((field, type) -> assertThat(type.test(request.get(field))).as(field + " = " + request.get(field))
          .isTrue());
    }
    JsonNode a = byId(list, assigned);
    assertThat(a.get("status").asText()).isEqualTo("open");
    assertThat(a.get("service_code").asText()).isEqualTo("dien");
    assertThat(a.get("service_name").asText()).isEqualTo("Điện");
    assertThat(a.get("description").asText()).isEqualTo("Xóm Nà Vài mất điện 3 ngày nay. Cột điện đổ.");
    assertThat(a.get("agency_responsible").asText()).isEqualTo("Tổ công tác tiếp nhận và xử lý thông tin huyện Hòa An");
    assertThat(a.get("status_notes").asText()).isEqualTo("Đã tiếp nhận; đang phân loại và xác minh.");
    assertThat(a.get("requested_datetime").asText()).isEqualTo("2020-01-09T09:00:00+07:00");
    assertThat(a.get("updated_datetime").asText()).isEqualTo("2020-01-09T09:00:00+07:00");
    assertThat(a.get("expected_datetime").isNull()).isTrue();
    assertThat(a.get("address").asText()).isEqualTo("xóm Nà Vài, xã Hồng Việt");
    assertThat(a.get("lat").decimalValue()).isEqualByComparingTo("22.6");
    assertThat(a.get("long").decimalValue()).isEqualByComparingTo("106.2");
    assertThat(a.get("address_id").isNull()).isTrue();
    assertThat(a.get("zipcode").isNull()).isTrue();
    assertThat(a.get("media_url").isNull()).isTrue();
  }

  @Test
  void givenAForwardedPetition_whenListed_thenUnitIsTheAgencyDeadlineIsExpectedAndNotesSayWhere() {
    JsonNode f = get(server, "requests/" + forwarded + ".json").json().get(0);

    assertThat(f.get("status").asText()).isEqualTo("open");
    assertThat(f.get("requested_datetime").asText()).isEqualTo("2020-01-09T09:00:00+07:00");
    assertThat(f.get("updated_datetime").asText()).isEqualTo("2020-01-09T11:00:00+07:00");
    assertThat(f.get("agency_responsible").asText()).isEqualTo("UBND xã Hồng Việt");
    String expected = f.get("expected_datetime").asText();
    assertThat(expected).matches("\\d{4}-\\d{2}-\\d{2}T23:59:59\\+07:00");
    String day = expected.substring(8, 10) + "/" + expected.substring(5, 7) + "/" + expected.substring(0, 4);
    assertThat(f.get("status_notes").asText()).isEqualTo("Đã chuyển UBND xã Hồng Việt xử lý, hạn trả lời " + day + ".");
    assertThat(f.get("service_notice").asText()).contains("UBND xã Hồng Việt", day);
    assertThat(f.get("address").isNull()).isTrue();
    assertThat(f.get("lat").isNull()).isTrue();
  }

  @Test
  void givenAClosedPetition_whenListed_thenClosedWithTheFinalNote() {
    JsonNode c = get(server, "requests/" + closed + ".json").json().get(0);

    assertThat(c.get("status").asText()).isEqualTo("closed");
    assertThat(c.get("status_notes").asText()).isEqualTo("Đã kết thúc xử lý.");
  }

  @Test
  void givenTheSendersDetails_whenReadingPublicly_thenNeverTheirNamePhoneOrEmailNorInternalNotes() {
    List<String> bodies = new ArrayList<>();
    for (String path : List.of("requests.json", "requests.xml", "requests/" + assigned + ".json",
        "requests/" + forwarded + ".xml", "requests.json?service_request_id=" + assigned + "," + closed)) {
      TestServer.Response r = get(server, path);
      assertThat(r.status()).as(path).isEqualTo(200);
      bodies.add(r.body());
    }
    for (String body : bodies) {
      assertThat(body).doesNotContain("Hậu", "Nông", "0964", "382 715", "382715", "hau.nong", "example.vn",
          "Ông Hậu xác nhận", "goi.mp3", "Đề nghị khắc phục", "Đã dựng lại cột điện", "Điện đã có lại");
    }
  }

  @Test
  void givenMarkup_whenListingAsXml_thenItParsesAndTheTextIsEscaped() {
    TestServer.Response r = get(server, "requests.xml");

    assertThat(r.status()).isEqualTo(200);
    assertThat(contentType(r)).isEqualTo(XML_TYPE);
    assertThat(r.body()).doesNotContain("<script>").contains("&lt;script&gt;");
    Document doc = xml(r);
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("service_requests");
    NodeList requests = doc.getElementsByTagName("request");
    assertThat(requests.getLength()).isEqualTo(4);
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    Element withScript = null;
    for (int i = 0; i < requests.getLength(); i++) {
      Element e = (Element) requests.item(i);
      for (String field : FIELDS.keySet()) {
        assertThat(e.getElementsByTagName(field).getLength()).as(field).isEqualTo(1);
      }
      assertThat(Open311ServicesTest.text(e, "requested_datetime")).endsWith(OFFSET);
      if (Open311ServicesTest.text(e, "service_request_id").equals(script)) {
        withScript = e;
      }
    }
    assertThat(withScript).isNotNull();
    assertThat(Open311ServicesTest.text(withScript, "description"))
        .isEqualTo("Đường <script>alert('x')</script> & ổ gà \"sâu\"");
    assertThat(Open311ServicesTest.text(withScript, "address")).isEqualTo("<b>xóm</b> & bản");
    assertThat(Open311ServicesTest.text(withScript, "expected_datetime")).isEmpty();
  }

  @Test
  void givenOneId_whenGettingItInXml_thenOneRequestElement() {
    TestServer.Response r = get(server, "requests/" + forwarded + ".xml");

    assertThat(r.status()).isEqualTo(200);
    assertThat(contentType(r)).isEqualTo(XML_TYPE);
    Document doc = xml(r);
    assertThat(doc.getElementsByTagName("request").getLength()).isEqualTo(1);
    Element e = (Element) doc.getElementsByTagName("request").item(0);
    assertThat(Open311ServicesTest.text(e, "agency_responsible")).isEqualTo("UBND xã Hồng Việt");
    assertThat(Open311ServicesTest.text(e, "status")).isEqualTo("open");
  }

  @Test
  void givenAnUnknownId_whenGettingIt_then404InTheSpecsFormat() {
    TestServer.Response json = get(server, "requests/khong-co-ma-nay.json");
    assertThat(json.status()).isEqualTo(404);
    assertThat(json.json().get(0).get("code").asInt()).isEqualTo(404);
    TestServer.Response xml = get(server, "requests/khong-co-ma-nay.xml");
    assertThat(xml.status()).isEqualTo(404);
    assertThat(xml(xml).getDocumentElement().getTagName()).isEqualTo("errors");
  }

  @Test
  void givenAToken_whenAsked_then404SayingIdsAreGivenImmediately() {
    TestServer.Response json = get(server, "tokens/abc123.json");
    assertThat(json.status()).isEqualTo(404);
    assertThat(contentType(json)).isEqualTo(JSON_TYPE);
    assertThat(json.json().get(0).get("description").asText()).contains("service_request_id");
    TestServer.Response xml = get(server, "tokens/abc123.xml");
    assertThat(xml.status()).isEqualTo(404);
    assertThat(contentType(xml)).isEqualTo(XML_TYPE);
    Element error = (Element) xml(xml).getElementsByTagName("error").item(0);
    assertThat(Open311ServicesTest.text(error, "code")).isEqualTo("404");
  }

  @Test
  void givenFilters_whenListing_thenOnlyTheMatchingRequests() {
    assertThat(ids(get(server, "requests.json?status=closed").json())).containsExactly(closed);
    assertThat(ids(get(server, "requests.json?status=open").json()))
        .containsExactlyInAnyOrder(assigned, forwarded, script);
    assertThat(ids(get(server, "requests.json?status=open,closed").json())).hasSize(4);
    assertThat(ids(get(server, "requests.json?service_code=giao-thong-van-tai").json())).containsExactly(script);
    assertThat(ids(get(server, "requests.json?service_code=dien&status=open").json()))
        .containsExactlyInAnyOrder(assigned, forwarded);
    assertThat(ids(get(server, "requests.json?service_code=dien,giao-thong-van-tai").json())).hasSize(4);
    assertThat(ids(get(server, "requests.json?service_request_id=" + assigned + "," + closed + ",khong%20hop%20le"
        + "&status=open").json())).containsExactlyInAnyOrder(assigned, closed);
    assertThat(ids(get(server, "requests.json?start_date=" + query("2020-01-09T08:00:00+07:00") + "&end_date="
        + query("2020-01-09T10:00:00+07:00")).json())).hasSize(4);
    assertThat(ids(get(server, "requests.json?start_date=2020-01-09T02:00:00Z&end_date=2020-01-09T03:00:00Z")
        .json())).hasSize(4);
    assertThat(ids(get(server, "requests.json?start_date=" + query("2020-01-09T09:00:01+07:00")).json())).isEmpty();
    assertThat(ids(get(server, "requests.json?end_date=2020-01-08").json())).isEmpty();
    assertThat(ids(get(server, "requests.json?start_date=2020-01-09T09:00:00+07:00").json()))
        .as("an unencoded '+' arrives as a space").hasSize(4);
  }

  @Test
  void givenBadFilters_whenListing_then400NamingTheParameter() {
    for (String q : List.of("status=done", "service_code=khong-co", "start_date=hom-qua", "end_date=2020-13-01",
        "start_date=2020-01-10&end_date=2020-01-09")) {
      TestServer.Response r = get(server, "requests.json?" + q);
      assertThat(r.status()).as(q).isEqualTo(400);
      String field = q.startsWith("start_date=2020") ? "end_date" : q.substring(0, q.indexOf('='));
      assertThat(r.json().get(0).get("description").asText()).as(q).startsWith(field + ":");
    }
    TestServer.Response xml = get(server, "requests.xml?status=done");
    assertThat(xml.status()).isEqualTo(400);
    assertThat(xml(xml).getDocumentElement().getTagName()).isEqualTo("errors");
  }

  @Test
  void givenOldRequests_whenListingWithoutDates_thenOnlyTheLast90Days() {
    try (TestServer own = new TestServer()) {
      String ownKey = apiKey(own, "ứng dụng");
      TestServer.Response old = postForm(own, "requests.json", form("api_key", ownKey, "description", "Mất điện cũ"));
      own.app.clock.advance(Duration.ofDays(91));
      TestServer.Response recent = postForm(own, "requests.json", form("api_key", ownKey, "description",
          "Mất điện mới"));
      String oldId = old.json().get(0).get("service_request_id").asText();
      String recentId = recent.json().get(0).get("service_request_id").asText();

      assertThat(ids(get(own, "requests.json").json())).containsExactly(recentId);
      assertThat(ids(get(own, "requests.json?start_date=2020-01-01").json())).containsExactly(oldId);
      assertThat(ids(get(own, "requests.json?service_request_id=" + oldId).json())).containsExactly(oldId);
      JsonNode r = get(own, "requests/" + recentId + ".json").json().get(0);
      assertThat(r.get("requested_datetime").asText()).isEqualTo("2020-04-09T09:00:00+07:00");
    }
  }

  @Test
  void givenAPetitionFromAnotherChannel_whenReadThroughOpen311_thenTheSendersOwnAddressIsNotShown() {
    try (TestServer own = new TestServer()) {
      Petition web = Open311Support.ok(own.app.services.intake().receive(new ReceivePetitionCommand(new Intake(
          "Mất điện", "Xóm Nà Vài mất điện", Optional.empty(), PetitionFixtures.fullSender(), Channel.WEB))));

      TestServer.Response r = get(own, "requests/" + web.id().value() + ".json");

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().get(0).get("address").isNull()).isTrue();
      assertThat(r.body()).doesNotContain("Hồng Việt", "Hậu", "0964");
    }
  }

  @Test
  void givenAGuidedCorruptionReport_whenListed_thenClosedWithTheGuidanceNote() {
    try (TestServer own = new TestServer()) {
      String ownKey = apiKey(own, "ứng dụng");
      TestServer.Response r = postForm(own, "requests.json", form("api_key", ownKey, "description",
          "Tố cáo cán bộ địa chính xã nhận hối lộ khi làm sổ đỏ"));
      String id = r.json().get(0).get("service_request_id").asText();
      Petition p = own.app.petitions.findById(PetitionId.of(id)).orElseThrow();
      Open311Support.ok(own.app.services.workflow().guide(DistrictFixtures.member(p.assignee()),
          new GuideComplaintCommand(p.id(), p.kind(), OptionalLong.empty())));

      JsonNode g = get(own, "requests/" + id + ".json").json().get(0);

      assertThat(g.get("status").asText()).isEqualTo("closed");
      assertThat(g.get("status_notes").asText()).startsWith("Đã hướng dẫn công dân gửi đơn")
          .contains("Luật Tố cáo năm 2018");
      assertThat(g.get("service_notice").asText()).contains("hướng dẫn gửi đơn");
      assertThat(ids(get(own, "requests.json?status=closed").json())).containsExactly(id);
    }
  }
}
