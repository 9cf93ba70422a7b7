package vn.pakn.adapters.http.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.adapters.http.open311.Open311Support.JSON_TYPE;
import static vn.pakn.adapters.http.open311.Open311Support.XML_TYPE;
import static vn.pakn.adapters.http.open311.Open311Support.contentType;
import static vn.pakn.adapters.http.open311.Open311Support.get;
import static vn.pakn.adapters.http.open311.Open311Support.xml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.pakn.adapters.http.TestServer;
import vn.pakn.domain.fixtures.DistrictFixtures;

/** GET services and service definitions: every sector of the profile is a service, in JSON and XML. */
class Open311ServicesTest {

  private static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description",
      "metadata", "type", "keywords", "group");

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void givenTheProfile_whenListingServicesAsJson_thenEachSectorIsAServiceWithEveryFieldTyped() {
    TestServer.Response r = get(server, "services.json");

    assertThat(r.status()).isEqualTo(200);
    assertThat(contentType(r)).isEqualTo(JSON_TYPE);
    JsonNode services = r.json();
    assertThat(services.isArray()).isTrue();
    List<String> codes = new ArrayList<>();
    services.forEach(s -> codes.add(s.get("service_code").asText()));
    assertThat(codes).containsExactlyElementsOf(DistrictFixtures.sectors().stream().map(s -> s.code().value())
        .toList());
    for (JsonNode s : services) {
      List<String> names = new ArrayList<>();
      s.fieldNames().forEachRemaining(names::add);
      assertThat(names).containsExactlyElementsOf(SERVICE_FIELDS);
      assertThat(s.get("service_code").isTextual()).isTrue();
      assertThat(s.get("service_name").isTextual()).isTrue();
      assertThat(s.get("description").isTextual()).isTrue();
      assertThat(s.get("metadata").isBoolean()).isTrue();
      assertThat(s.get("metadata").asBoolean()).isFalse();
      assertThat(s.get("type").asText()).isEqualTo("realtime");
      assertThat(s.get("keywords").isTextual()).isTrue();
      assertThat(s.get("group").isTextual()).isTrue();
    }
    JsonNode power = services.get(0);
    assertThat(power.get("service_name").asText()).isEqualTo("Điện");
    assertThat(power.get("keywords").asText()).contains("mất điện", "cột điện");
    assertThat(power.get("group").asText()).isEqualTo("Lâm Ngọc Biên (mục 3.2.4)");
    JsonNode complaints = services.get(3);
    assertThat(complaints.get("description").asText()).contains("Luật Khiếu nại năm 2011");
  }

  @Test
  void givenTheProfile_whenListingServicesAsXml_thenServicesRootWithOneServiceElementPerSector() {
    TestServer.Response r = get(server, "services.xml");

    assertThat(r.status()).isEqualTo(200);
    assertThat(contentType(r)).isEqualTo(XML_TYPE);
    assertThat(r.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    Document doc = xml(r);
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("services");
    NodeList services = doc.getElementsByTagName("service");
    assertThat(services.getLength()).isEqualTo(DistrictFixtures.sectors().size());
    Element first = (Element) services.item(0);
    for (String field : SERVICE_FIELDS) {
      assertThat(first.getElementsByTagName(field).getLength()).as(field).isEqualTo(1);
    }
    assertThat(text(first, "service_code")).isEqualTo("dien");
    assertThat(text(first, "service_name")).isEqualTo("Điện");
    assertThat(text(first, "metadata")).isEqualTo("false");
    assertThat(text(first, "type")).isEqualTo("realtime");
  }

  @Test
  void givenASectorCode_whenGettingItsDefinition_thenCodeAndEmptyAttributesInJsonAndXml() {
    TestServer.Response json = get(server, "services/dien.json");
    assertThat(json.status()).isEqualTo(200);
    assertThat(contentType(json)).isEqualTo(JSON_TYPE);
    assertThat(json.json().get("service_code").asText()).isEqualTo("dien");
    assertThat(json.json().get("attributes").isArray()).isTrue();
    assertThat(json.json().get("attributes")).isEmpty();

    TestServer.Response xml = get(server, "services/dien.xml");
    assertThat(xml.status()).isEqualTo(200);
    assertThat(contentType(xml)).isEqualTo(XML_TYPE);
    Document doc = xml(xml);
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("service_definition");
    assertThat(text(doc.getDocumentElement(), "service_code")).isEqualTo("dien");
    assertThat(doc.getElementsByTagName("attributes").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("attribute").getLength()).isZero();
  }

  @Test
  void givenAnUnknownCode_whenGettingItsDefinition_then404InTheSpecsErrorFormat() {
    TestServer.Response json = get(server, "services/khong-co.json");
    assertThat(json.status()).isEqualTo(404);
    assertThat(contentType(json)).isEqualTo(JSON_TYPE);
    assertThat(json.json().get(0).get("code").asInt()).isEqualTo(404);
    assertThat(json.json().get(0).get("code").isNumber()).isTrue();
    assertThat(json.json().get(0).get("description").asText()).contains("khong-co");

    TestServer.Response xml = get(server, "services/khong-co.xml");
    assertThat(xml.status()).isEqualTo(404);
    assertThat(contentType(xml)).isEqualTo(XML_TYPE);
    Document doc = xml(xml);
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("errors");
    Element error = (Element) doc.getElementsByTagName("error").item(0);
    assertThat(text(error, "code")).isEqualTo("404");
    assertThat(text(error, "description")).contains("khong-co");
  }

  @Test
  void givenAnUnknownFormatOrResource_whenGetting_then404InTheSpecsFormat() {
    for (String path : List.of("services.csv", "services", "services/dien.yaml", "nothing.json", "tokens/abc",
        "services/dien/extra.json", "a/b/c")) {
      TestServer.Response r = get(server, path);
      assertThat(r.status()).as(path).isEqualTo(404);
      assertThat(r.json().get(0).get("code").asInt()).as(path).isEqualTo(404);
      assertThat(r.json().get(0).get("description").asText()).as(path).isNotBlank();
    }
    for (String path : List.of("nothing.xml", "services/dien/extra.xml")) {
      TestServer.Response xml = get(server, path);
      assertThat(xml.status()).as(path).isEqualTo(404);
      assertThat(contentType(xml)).isEqualTo(XML_TYPE);
      assertThat(xml(xml).getDocumentElement().getTagName()).isEqualTo("errors");
    }
  }

  static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent();
  }
}
