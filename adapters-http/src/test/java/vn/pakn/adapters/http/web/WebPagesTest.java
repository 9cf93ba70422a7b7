package vn.pakn.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.pakn.adapters.http.TestServer;

class WebPagesTest {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String petition(String username, String title, String content, String senderJson) {
    TestServer.Response r = server.post("/api/v1/petitions", "{\"title\":" + json(title) + ",\"content\":"
        + json(content) + (senderJson == null ? "" : ",\"sender\":" + senderJson) + "}", username);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static final String FULL_SENDER = "{\"name\":\"Nguyễn Văn An\",\"phone\":\"0912345678\",\"email\":\"an@example.vn\"}";

  @Test
  void givenNoSession_whenOpeningTheInbox_thenTheLoginPageAsksToSignIn() {
    WebClient c = new WebClient(server);
    HttpResponse<String> r = c.get("/hop-thu");
    assertThat(r.uri().getPath()).isEqualTo("/");
    assertThat(r.body()).contains("Đăng nhập").contains("name=\"_csrf\"");
  }

  @Test
  void givenAWrongPassword_whenLoggingIn_thenTheErrorIsShownNextToThePassword() {
    WebClient c = new WebClient(server);
    c.get("/");
    HttpResponse<String> r = c.post("/dang-nhap", Map.of("username", "tovubien", "password", "sai-mat-khau-1"));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("id=\"password-error\"").contains("Tên đăng nhập hoặc mật khẩu không đúng");
  }

  @Test
  void givenALoggedInMember_whenPostingWithoutTheCsrfToken_thenTheRequestIsRefused() {
    String id = petition("lamngocbien", "Mất điện xóm Nà Rị", "mat dien o xa Hong Viet tu sang", FULL_SENDER);
    WebClient c = WebClient.loggedIn(server, "lamngocbien");
    c.get("/phan-anh/" + id);
    HttpResponse<String> refused = c.postRaw("/phan-anh/" + id + "/lien-he", Map.of("method", "CALL", "reached", "1"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("CSRF");
    HttpResponse<String> wrong = c.postRaw("/phan-anh/" + id + "/lien-he",
        Map.of("method", "CALL", "reached", "1", "_csrf", "gia-mao"));
    assertThat(wrong.statusCode()).isEqualTo(403);
    c.get("/phan-anh/" + id);
    HttpResponse<String> ok = c.post("/phan-anh/" + id + "/lien-he", Map.of("method", "CALL", "reached", "1"));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("Đã ghi nhận lần liên hệ").contains("liên hệ được");
  }

  @Test
  void givenLoginWithoutItsToken_whenPosting_thenRefused() {
    WebClient c = new WebClient(server);
    HttpResponse<String> r = c.postRaw("/dang-nhap", Map.of("username", "tovubien", "password", TestServer.PASSWORD));
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void givenLoggedOut_whenOpeningTheInboxAgain_thenTheLoginPageShows() {
    WebClient c = WebClient.loggedIn(server, "tovubien");
    c.get("/hop-thu");
    HttpResponse<String> out = c.post("/dang-xuat", Map.of());
    assertThat(out.body()).contains("Đã đăng xuất");
    assertThat(c.get("/hop-thu").uri().getPath()).isEqualTo("/");
  }

  @Test
  void givenAPetitionWithScript_whenRendered_thenItIsText() {
    String id = petition("lamngocbien", "<script>alert('x')</script> đường hỏng",
        "<img src=x onerror=alert(1)> đường giao thông xã Hồng Việt hỏng", FULL_SENDER);
    WebClient c = WebClient.loggedIn(server, "hoangthihongvan");
    HttpResponse<String> page = c.get("/phan-anh/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("<img src=x")
        .contains("&lt;script&gt;alert(").contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(c.get("/hop-thu").body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
  }
}
