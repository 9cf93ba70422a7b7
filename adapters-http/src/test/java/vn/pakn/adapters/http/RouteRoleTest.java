package vn.pakn.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.fixtures.DistrictFixtures;

/**
 * Every /api/v1 route × every role, as a table a reader can check against R7 and the seed:
 * {@code Y} the role gets through (2xx, or a business refusal 400/409/422 about the petition's stage),
 * {@code F} 403 forbidden, {@code N} 404 (the petition is hidden from the role, or the thing is not its own),
 * {@code U} 401 not logged in.
 *
 * <p>The petition is one of lamngocbien's (sector Điện), verified and forwarded to UBND xã Hồng Việt: so the
 * unit {@code xahongviet} sees it and {@code xabinhlong} does not; the reception team sees only petitions passed
 * to it (R2 case 2). The deputy is tried twice: without a delegation, and under one covering today.
 */
class RouteRoleTest {

  /** The columns, in the table's order. */
  enum Role {
    LEADER("hoangthihongvan"), DEPUTY("tovubien"), DELEGATED_DEPUTY("tovubien"), OWNER("lamngocbien"),
    OTHER_MEMBER("vilalinh"), RECEPTION("tiepnhan"), UNIT("xahongviet"), OTHER_UNIT("xabinhlong"), ANONYMOUS(null);

    final String username;

    Role(String username) {
      this.username = username;
    }
  }

  // @formatter:off
  private static final String[][] POLICY = {
      //  method  route                                              LEAD DEP  DDEP OWN  MEM  RECP UNIT OUNI ANON
      {"POST", "/api/v1/petitions",                                  "Y Y Y Y Y Y Y Y U"},
      {"GET",  "/api/v1/petitions",                                  "Y Y Y Y Y Y Y Y U"},
      {"GET",  "/api/v1/petitions/{id}",                             "Y Y Y Y N N Y N U"},
      {"GET",  "/api/v1/petitions/{id}/sender",                      "Y Y Y Y N N Y N U"},
      {"GET",  "/api/v1/petitions/{id}/sender-access-log",           "Y Y Y F F F F F U"},
      {"POST", "/api/v1/routing/preview",                            "Y Y Y Y Y Y Y Y U"},
      {"POST", "/api/v1/petitions/{id}/reassign",                    "Y F Y F N N F N U"},
      {"POST", "/api/v1/petitions/{id}/contact-attempts",            "F F F Y N N F N U"},
      {"POST", "/api/v1/petitions/{id}/verify",                      "F F F Y N N F N U"},
      {"POST", "/api/v1/petitions/{id}/unreachable",                 "F F F Y N N F N U"},
      {"POST", "/api/v1/petitions/{id}/reception-answer",            "F F F F N N F N U"},
      {"POST", "/api/v1/petitions/{id}/guide",                       "F F F Y N N F N U"},
      {"POST", "/api/v1/petitions/{id}/complex",                     "F F F Y N N F N U"},
      {"POST", "/api/v1/petitions/{id}/opinion-requests",            "F F F Y N N F N U"},
      {"POST", "/api/v1/petitions/{id}/opinions",                    "Y Y Y F N N F N U"},
      {"POST", "/api/v1/petitions/{id}/document",                    "F F F Y N N F N U"},
      {"POST", "/api/v1/petitions/{id}/document/sign",               "Y F Y F N N F N U"},
      {"POST", "/api/v1/petitions/{id}/forward",                     "F F F Y N N F N U"},
      {"POST", "/api/v1/petitions/{id}/unit-answer",                 "F F F F N N Y N U"},
      {"POST", "/api/v1/petitions/{id}/reply",                       "F F F Y N N F N U"},
      {"POST", "/api/v1/petitions/{id}/close",                       "Y F Y Y N N F N U"},
      {"POST", "/api/v1/petitions/{id}/evidence",                    "F F F Y N N F N U"},
      {"GET",  "/api/v1/petitions/{id}/evidence",                    "Y Y Y Y N N Y N U"},
      {"GET",  "/api/v1/petitions/{id}/evidence/{evidenceId}",       "Y Y Y Y N N Y N U"},
      {"GET",  "/api/v1/petitions/{id}/evidence.zip",                "Y Y Y Y N N Y N U"},
      {"GET",  "/api/v1/notifications",                              "Y Y Y Y Y Y Y Y U"},
      {"POST", "/api/v1/notifications/{id}/read",                    "N N N N N N N N U"},
      {"GET",  "/api/v1/reports",                                    "Y Y Y Y Y F F F U"},
      {"GET",  "/api/v1/accounts",                                   "Y F Y F F F F F U"},
      {"POST", "/api/v1/accounts",                                   "Y F Y F F F F F U"},
      {"POST", "/api/v1/accounts/{id}/password",                     "Y F Y F F F F F U"},
      {"POST", "/api/v1/accounts/{id}/enabled",                      "Y F Y F F F F F U"},
      {"POST", "/api/v1/accounts/{id}/role",                         "Y F Y F F F F F U"},
      {"POST", "/api/v1/accounts/{id}/invitation",                   "Y F Y F F F F F U"},
      {"GET",  "/api/v1/delegations",                                "Y Y Y Y Y Y Y Y U"},
      {"POST", "/api/v1/delegations",                                "Y F F F F F F F U"},
      {"POST", "/api/v1/delegations/revoke",                         "Y F F F F F F F U"},
      {"GET",  "/api/v1/roster",                                     "Y Y Y Y Y Y Y Y U"},
      {"POST", "/api/v1/api-keys",                                   "Y F Y F F F F F U"},
      {"GET",  "/api/v1/api-keys",                                   "Y F Y F F F F F U"},
      {"POST", "/api/v1/api-keys/{id}/revoke",                       "Y F Y F F F F F U"},
  };
  // @formatter:on

  /** A request body for each POST route: well-formed, so that only the role decides. */
  private static final Map<String, String> BODIES = Map.ofEntries(
      Map.entry("/api/v1/petitions", "{\"title\":\"Duong hong\",\"content\":\"Duong xa Hong Viet bi sat lo\"}"),
      Map.entry("/api/v1/routing/preview", "{\"title\":\"Mat dien\",\"content\":\"Mat dien o xa Hong Viet\"}"),
      Map.entry("/api/v1/petitions/{id}/reassign", "{\"to\":\"lamngocbien\",\"reason\":\"giu nguyen\"}"),
      Map.entry("/api/v1/petitions/{id}/contact-attempts", "{\"method\":\"CALL\",\"reached\":true}"),
      Map.entry("/api/v1/petitions/{id}/reception-answer", "{\"text\":\"Tra loi cong dan\"}"),
      Map.entry("/api/v1/petitions/{id}/guide", "{\"kind\":\"COMPLAINT\"}"),
      Map.entry("/api/v1/petitions/{id}/complex", "{\"reason\":\"Lien quan nhieu don vi\"}"),
      Map.entry("/api/v1/petitions/{id}/opinion-requests", "{\"question\":\"Chuyen don vi nao?\"}"),
      Map.entry("/api/v1/petitions/{id}/opinions", "{\"text\":\"Chuyen Dien luc\"}"),
      Map.entry("/api/v1/petitions/{id}/document", "{\"subject\":\"V/v mat dien\",\"body\":\"Kinh gui\"}"),
      Map.entry("/api/v1/petitions/{id}/forward", "{\"unit\":\"ubnd-xa-hong-viet\",\"instructions\":\"Xu ly\"}"),
      Map.entry("/api/v1/petitions/{id}/unit-answer", "{\"text\":\"Da sua cot dien\"}"),
      Map.entry("/api/v1/petitions/{id}/reply", "{\"text\":\"Da xu ly\"}"),
      Map.entry("/api/v1/accounts", "{\"username\":\"canbo-moi\",\"displayName\":\"Cán bộ mới\",\"role\":\"RECEPTION\"}"),
      Map.entry("/api/v1/accounts/{id}/password", "{\"password\":\"mat-khau-thu-nghiem\"}"),
      Map.entry("/api/v1/accounts/{id}/enabled", "{\"enabled\":true}"),
      Map.entry("/api/v1/accounts/{id}/role", "{\"role\":\"UNIT\",\"unit\":\"ubnd-xa-binh-long\"}"),
      Map.entry("/api/v1/delegations", "{\"to\":\"tovubien\",\"validFrom\":\"2030-01-01\",\"validUntil\":\"2030-01-31\"}"),
      Map.entry("/api/v1/delegations/revoke",
          "{\"to\":\"tovubien\",\"validFrom\":\"2030-01-01\",\"validUntil\":\"2030-01-31\"}"),
      Map.entry("/api/v1/api-keys", "{\"name\":\"Ứng dụng công dân\"}"));

  private static TestServer server;
  private static String petition;
  private static String evidence;
  private static String unitAccount;

  @BeforeAll
  static void start() {
    server = new TestServer();
    petition = EvidenceApiTest.contactedPetition(server);
    String base = "/api/v1/petitions/" + petition;
    TestServer.Response up = server.upload(base + "/evidence", "lamngocbien", Map.of("kind", "EMAIL_EXPORT"),
        "thu.eml", "message/rfc822", "From: a@b.vn".getBytes(StandardCharsets.UTF_8));
    evidence = up.json().get("id").asText();
    assertThat(server.post(base + "/verify", "{}", "lamngocbien").status()).isEqualTo(200);
    assertThat(server.post(base + "/forward", "{\"unit\":\"ubnd-xa-hong-viet\",\"instructions\":\"Xu ly\"}",
        "lamngocbien").status()).isEqualTo(200);
    unitAccount = server.app.accounts.findByUsername("xabinhlong").orElseThrow().id();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String concrete(String route, Role role) {
    String id = route.startsWith("/api/v1/accounts/") ? unitAccount
        : route.startsWith("/api/v1/api-keys/") ? freshKey()
        : route.startsWith("/api/v1/notifications/") ? "khong-co-thong-bao"
        : petition;
    String query = route.equals("/api/v1/reports") ? "?period=MONTH&year=2020&number=1" : "";
    return route.replace("{id}", id).replace("{evidenceId}", evidence) + query;
  }

  private static String freshKey() {
    return server.app.services.apiKeys().create(DistrictFixtures.leader(), "khoa-" + System.nanoTime())
        .orElseThrow().stored().id();
  }

  private static char classify(int status) {
    return switch (status) {
      case 401 -> 'U';
      case 403 -> 'F';
      case 404 -> 'N';
      default -> status < 500 && status != 415 && status != 413 ? 'Y' : '!';
    };
  }

  @Test
  void givenEveryRouteAndRole_whenCalled_thenTheOutcomeIsThePolicyInTheTable() {
    List<String> mismatches = new ArrayList<>();
    StringBuilder actualTable = new StringBuilder();
    for (String[] row : POLICY) {
      String method = row[0];
      String route = row[1];
      String[] expected = row[2].split(" ");
      StringBuilder actual = new StringBuilder();
      for (Role role : Role.values()) {
        boolean delegated = role == Role.DELEGATED_DEPUTY;
        if (delegated) {
          server.app.services.delegations().delegate(DistrictFixtures.leader(), DistrictFixtures.DEPUTY,
              LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).orElseThrow();
        }
        TestServer.Response r;
        try {
          String path = concrete(route, role);
          String body = method.equals("POST") ? BODIES.getOrDefault(route, "{}") : null;
          r = route.endsWith("/evidence") && method.equals("POST")
              ? server.upload(path, role.username, Map.of("kind", "IMAGE"), "anh.png", "image/png", new byte[16])
              : server.send(method, path, body, role.username == null ? null : server.token(role.username));
        } finally {
          if (delegated) {
            server.app.services.delegations().revoke(DistrictFixtures.leader(),
                DistrictFixtures.delegation(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))).orElseThrow();
          }
        }
        char got = classify(r.status());
        actual.append(got).append(' ');
        if (got != expected[role.ordinal()].charAt(0)) {
          mismatches.add(method + " " + route + " as " + role + ": expected " + expected[role.ordinal()] + ", got "
              + r.status() + " " + r.body());
        }
      }
      actualTable.append(String.format("%-5s %-50s %s%n", method, route, actual.toString().strip()));
    }

    assertThat(mismatches).as("actual table:%n%s", actualTable).isEmpty();
  }

  @Test
  void givenTheTable_whenComparedWithTheServer_thenItCoversEveryApiRoute() {
    TreeSet<String> inTable = new TreeSet<>();
    for (String[] row : POLICY) {
      inTable.add(row[0] + " " + row[1]);
    }
    TreeSet<String> registered = new TreeSet<>(server.server.routes());
    registered.removeIf(r -> !r.contains(" /api/v1/") || r.endsWith("/openapi.json") || r.endsWith("/auth/token") || r.contains("/auth/invitations/"));

    assertThat(inTable).isEqualTo(registered);
  }
}
