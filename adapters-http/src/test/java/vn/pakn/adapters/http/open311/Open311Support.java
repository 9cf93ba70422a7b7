package vn.pakn.adapters.http.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import vn.pakn.adapters.http.TestServer;
import vn.pakn.application.port.in.AttachEvidenceUseCase.AttachEvidenceCommand;
import vn.pakn.application.port.in.ClosePetitionUseCase.ClosePetitionCommand;
import vn.pakn.application.port.in.ForwardPetitionUseCase.ForwardPetitionCommand;
import vn.pakn.application.port.in.Outcome;
import vn.pakn.application.port.in.RecordContactAttemptUseCase.RecordContactAttemptCommand;
import vn.pakn.application.port.in.RecordUnitAnswerUseCase.RecordUnitAnswerCommand;
import vn.pakn.application.port.in.ReplyToCitizenUseCase.ReplyToCitizenCommand;
import vn.pakn.application.port.in.VerifyPetitionUseCase.VerifyPetitionCommand;
import vn.pakn.application.service.PaknServices;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.petition.ContactMethod;
import vn.pakn.domain.petition.EvidenceKind;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;

/** Open311 over real HTTP on the test server: form posts, an API key, XML parsing, and triage steps. */
final class Open311Support {

  static final String BASE = "/open311/v2/";
  static final String JSON_TYPE = "application/json;charset=utf-8";
  static final String XML_TYPE = "text/xml;charset=utf-8";
  static final String OFFSET = "+07:00";

  private Open311Support() {}

  /** A live API key issued by the leader. */
  static String apiKey(TestServer server, String name) {
    return ok(server.app.services.apiKeys().create(DistrictFixtures.leader(), name)).key();
  }

  /** Form fields in order; null values left out. */
  static Map<String, String> form(String... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        out.put(pairs[i], pairs[i + 1]);
      }
    }
    return out;
  }

  static TestServer.Response postForm(TestServer server, String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return server.send(HttpRequest.newBuilder(URI.create(server.url(BASE + path))).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }

  static TestServer.Response get(TestServer server, String pathAndQuery) {
    return server.send("GET", BASE + pathAndQuery, null, null);
  }

  /** The response's media type and charset, lower case, without spaces ("text/xml;charset=utf-8"). */
  static String contentType(TestServer.Response r) {
    return r.headers().getOrDefault("content-type", List.of("")).get(0).replace(" ", "").toLowerCase(Locale.ROOT);
  }

  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static Document xml(TestServer.Response r) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(new InputSource(new java.io.StringReader(r.body())));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not XML: " + r.body(), e);
    }
  }

  static <T> T ok(Outcome<T> outcome) {
    assertThat(outcome.succeeded()).as("%s", outcome).isTrue();
    return outcome.orElseThrow();
  }

  /** Takes a power-cut petition (sector dien, member lamngocbien) through R2 case 1 to the commune. */
  static Petition forward(TestServer server, String id) {
    PaknServices s = server.app.services;
    Actor member = DistrictFixtures.member(DistrictFixtures.INFRASTRUCTURE);
    PetitionId pid = PetitionId.of(id);
    OptionalLong any = OptionalLong.empty();
    ok(s.workflow().recordContactAttempt(member, new RecordContactAttemptCommand(pid, ContactMethod.CALL, true,
        "Ông Hậu xác nhận", any)));
    ok(s.evidence().attach(member, new AttachEvidenceCommand(pid, "goi.mp3", "audio/mpeg", EvidenceKind.RECORDING,
        true, true, new ByteArrayInputStream(new byte[] {1}))));
    ok(s.workflow().verify(member, new VerifyPetitionCommand(pid, any)));
    return ok(s.workflow().forward(member, new ForwardPetitionCommand(pid, DistrictFixtures.COMMUNE,
        "Đề nghị khắc phục", Optional.empty(), any)));
  }

  /** Forwarded, answered by the unit, replied to the citizen and closed. */
  static Petition close(TestServer server, String id) {
    forward(server, id);
    PaknServices s = server.app.services;
    Actor member = DistrictFixtures.member(DistrictFixtures.INFRASTRUCTURE);
    PetitionId pid = PetitionId.of(id);
    OptionalLong any = OptionalLong.empty();
    ok(s.workflow().answer(DistrictFixtures.unitAccount(DistrictFixtures.COMMUNE),
        new RecordUnitAnswerCommand(pid, "Đã dựng lại cột điện", any)));
    ok(s.workflow().reply(member, new ReplyToCitizenCommand(pid, "Điện đã có lại", any)));
    return ok(s.workflow().close(member, new ClosePetitionCommand(pid, any)));
  }
}
