package vn.pakn.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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

  @Test
  void givenRoles_whenOpeningOnePetition_thenEachSeesOnlyTheStepsItMayTake() {
    String id = petition("lamngocbien", "Mất điện thôn Bó Tát", "mat dien o xa Hong Viet ca ngay", FULL_SENDER);
    String member = WebClient.loggedIn(server, "lamngocbien").get("/phan-anh/" + id).body();
    assertThat(member).contains("id=\"form-lien-he\"").contains("id=\"form-tu-lieu\"")
        .contains("id=\"form-xin-y-kien\"").doesNotContain("id=\"form-phan-cong\"")
        .doesNotContain("id=\"form-chuyen\"").doesNotContain("id=\"form-xac-minh\"");
    String leader = WebClient.loggedIn(server, "hoangthihongvan").get("/phan-anh/" + id).body();
    assertThat(leader).contains("id=\"form-phan-cong\"").doesNotContain("id=\"form-lien-he\"")
        .doesNotContain("id=\"form-tu-lieu\"");
    HttpResponse<String> other = WebClient.loggedIn(server, "samngocdoan").get("/phan-anh/" + id);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).doesNotContain("id=\"form-lien-he\"").contains("Không tìm thấy phản ánh");
    WebClient unit = WebClient.loggedIn(server, "xahongviet");
    assertThat(unit.get("/phan-anh/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void givenADraftedDocument_whenDownloaded_thenTheDocxHasTheDecree30Layout() throws IOException {
    String id = petition("lamngocbien", "Đường giao thông liên xã hỏng nặng", "duong giao thong xa Hong Viet sut lun",
        FULL_SENDER);
    WebClient member = WebClient.loggedIn(server, "lamngocbien");
    member.get("/phan-anh/" + id);
    HttpResponse<String> drafted = member.post("/phan-anh/" + id + "/du-thao", Map.of("subject",
        "chuyển phản ánh về đường giao thông liên xã", "body", "Đề nghị UBND xã Hồng Việt kiểm tra, sửa chữa.",
        "recipients", "Như trên;\nLưu: VT."));
    assertThat(drafted.body()).contains("Đã lưu dự thảo văn bản chuyển");
    HttpResponse<byte[]> docx = member.bytes("/phan-anh/" + id + "/van-ban.docx");
    assertThat(docx.statusCode()).isEqualTo(200);
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        XWPFWordExtractor text = new XWPFWordExtractor(d)) {
      assertThat(text.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
          .contains("UBND HUYỆN HÒA AN").contains("/TCTTNXLTT").contains("Hòa An, ngày 09 tháng 01 năm 2020")
          .contains("V/v chuyển phản ánh về đường giao thông liên xã").contains("Nơi nhận:").contains("TỔ TRƯỞNG")
          .contains("Hoàng Thị Hồng Vân").contains("DỰ THẢO");
    }
    WebClient deputy = WebClient.loggedIn(server, "tovubien");
    String page = deputy.get("/phan-anh/" + id).body();
    assertThat(page).doesNotContain("id=\"form-ky\"").contains("id=\"sign-hint\"");
    HttpResponse<String> refused = deputy.post("/phan-anh/" + id + "/ky", Map.of());
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Tổ phó chỉ ký văn bản chuyển khi được Tổ trưởng ủy quyền");
    WebClient leader = WebClient.loggedIn(server, "hoangthihongvan");
    leader.get("/phan-anh/" + id);
    assertThat(leader.post("/phan-anh/" + id + "/ky", Map.of()).body()).contains("Đã ký ban hành văn bản chuyển");
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(leader.bytes("/phan-anh/" + id + "/van-ban.docx")
        .body())); XWPFWordExtractor text = new XWPFWordExtractor(d)) {
      assertThat(text.getText()).doesNotContain("DỰ THẢO").contains("TỔ TRƯỞNG");
    }
  }

  @Test
  void givenAReport_whenExported_thenTheXlsxOpensAndTheCsvHasABomAndVietnameseHeaders() throws IOException {
    petition("lamngocbien", "Mất điện kéo dài", "mat dien o xa Hong Viet", FULL_SENDER);
    WebClient c = WebClient.loggedIn(server, "vilalinh");
    String page = c.get("/bao-cao?ky=thang&nam=2020&so=1").body();
    assertThat(page).contains("Tháng 1/2020").contains("id=\"chart-sector\"").contains("id=\"chart-deadline\"")
        .contains("Theo lĩnh vực");
    HttpResponse<byte[]> xlsx = c.bytes("/bao-cao.xlsx?ky=thang&nam=2020&so=1");
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("bao-cao-thang-2020-1.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertThat(wb.getSheet("Tổng hợp").getRow(2).getCell(0).getStringCellValue()).isEqualTo("Chỉ tiêu");
      assertThat(wb.getSheet("Tổng hợp").getRow(3).getCell(1).getNumericCellValue()).isGreaterThan(0);
      assertThat(wb.getSheet("Theo lĩnh vực")).isNotNull();
    }
    byte[] csv = c.bytes("/bao-cao.csv?ky=quy&nam=2020&so=1").body();
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Bảng,Nội dung,Số lượng").contains("Điện");
    assertThat(c.get("/bao-cao?ky=thang&nam=2020&so=13").statusCode()).isEqualTo(400);
    assertThat(WebClient.loggedIn(server, "xahongviet").get("/bao-cao").statusCode()).isEqualTo(403);
  }

  @Test
  void givenTheLeader_whenAdministering_thenAccountsAndKeysAreManagedAndOthersAreRefused() {
    WebClient leader = WebClient.loggedIn(server, "hoangthihongvan");
    assertThat(leader.get("/quan-tri").body()).contains("Tài khoản người dùng").contains("Ủy quyền cho Tổ phó")
        .contains("Lâm Ngọc Biên");
    HttpResponse<String> created = leader.post("/quan-tri/tai-khoan", Map.of("username", "xabinhlong2",
        "displayName", "UBND xã Bình Long (2)", "role", "UNIT", "unit", "ubnd-xa-binh-long",
        "password", "mat-khau-moi-123"));
    assertThat(created.body()).contains("Đã lưu tài khoản").contains("xabinhlong2");
    HttpResponse<String> bad = leader.post("/quan-tri/tai-khoan", Map.of("username", "X!", "displayName", "a",
        "role", "UNIT"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("id=\"error-tai-khoan\"");
    HttpResponse<String> key = leader.post("/quan-tri/khoa-api", Map.of("name", "Ứng dụng Cao Bằng số"));
    assertThat(key.body()).contains("id=\"new-api-key\"");
    WebClient member = WebClient.loggedIn(server, "lamngocbien");
    assertThat(member.get("/quan-tri").statusCode()).isEqualTo(403);
    member.get("/hop-thu");
    assertThat(member.post("/quan-tri/khoa-api", Map.of("name", "x")).statusCode()).isEqualTo(403);
  }

  @Test
  void givenAMember_whenOpeningHelpAndNotifications_thenBothRenderWithTheHeader() {
    WebClient c = WebClient.loggedIn(server, "lamngocbien");
    assertThat(c.get("/huong-dan").body()).contains("Sổ tay hướng dẫn").contains("Tổ viên").contains("Cập nhật");
    assertThat(c.get("/thong-bao").body()).contains("<h1>Thông báo</h1>").contains("Hướng dẫn sử dụng");
    assertThat(c.get("/han-tra-loi?deadline=2020-01-11").body()).contains("không phải ngày làm việc");
  }

  @Test
  void givenASessionOlderThanItsLifetime_whenOpeningAPage_thenTheLoginPageSaysItExpired() {
    try (TestServer own = new TestServer()) {
      WebClient c = WebClient.loggedIn(own, "lamngocbien");
      assertThat(c.get("/hop-thu").uri().getPath()).isEqualTo("/hop-thu");
      own.app.clock.advance(java.time.Duration.ofHours(9));
      HttpResponse<String> r = c.get("/hop-thu");
      assertThat(r.uri().getPath()).isEqualTo("/");
      assertThat(r.body()).contains("Phiên đăng nhập đã hết hạn");
    }
  }

  @Test
  void givenManyPetitions_whenPagingAndSearching_thenTheCursorMovesOnAndDiacriticsDoNotMatter() {
    try (TestServer own = new TestServer()) {
      for (int i = 0; i < 22; i++) {
        TestServer.Response r = own.post("/api/v1/petitions", "{\"title\":\"Mất điện số " + i
            + "\",\"content\":\"mat dien o xa Hong Viet\"}", "tiepnhan");
        assertThat(r.status()).isEqualTo(201);
        own.app.clock.advance(java.time.Duration.ofMinutes(1));
      }
      WebClient c = WebClient.loggedIn(own, "hoangthihongvan");
      String first = c.get("/hop-thu").body();
      assertThat(first).contains("Mất điện số 21").doesNotContain("Mất điện số 1<").contains("id=\"next-page\"");
      java.util.regex.Matcher next = java.util.regex.Pattern.compile("href=\"(/hop-thu\\?cursor=[^\"]+)\" id=\"next-page\"")
          .matcher(first);
      assertThat(next.find()).isTrue();
      String second = c.get(next.group(1).replace("&amp;", "&")).body();
      assertThat(second).contains("Mất điện số 1<").doesNotContain("Mất điện số 21").contains("Trang đầu");
      assertThat(c.get("/hop-thu?q=mat+dien+so+5").body()).contains("Mất điện số 5<");
      assertThat(c.get("/hop-thu?q=m%E1%BA%A5t+%C4%91i%E1%BB%87n+s%E1%BB%91+5").body()).contains("Mất điện số 5<");
      assertThat(c.get("/hop-thu?from=2020-02-01&to=2020-01-01").body()).contains("Đến ngày phải sau");
    }
  }

  @Test
  void givenTheLeader_whenReassigning_thenTheMemberOwnsItAndTheSenderLookIsLogged() {
    String id = petition("lamngocbien", "Mất điện trạm biến áp", "mat dien o xa Hong Viet", FULL_SENDER);
    WebClient member = WebClient.loggedIn(server, "lamngocbien");
    member.get("/phan-anh/" + id);
    assertThat(member.post("/phan-anh/" + id + "/nguoi-gui", Map.of()).body()).contains("Nguyễn Văn An")
        .contains("0912345678");
    WebClient leader = WebClient.loggedIn(server, "hoangthihongvan");
    String page = leader.get("/phan-anh/" + id).body();
    assertThat(page).contains("Nhật ký xem thông tin người gửi (1)").contains("Lâm Ngọc Biên")
        .doesNotContain("0912345678");
    HttpResponse<String> moved = leader.post("/phan-anh/" + id + "/phan-cong", Map.of("to", "nguyentrungnghien",
        "reason", "Phân công lại thử"));
    assertThat(moved.body()).contains("Đã phân công lại").contains("id=\"assignee\">Nguyễn Trung Nghiên");
    leader.get("/phan-anh/" + id);
    HttpResponse<String> stale = leader.post("/phan-anh/" + id + "/phan-cong", Map.of("to", "lamngocbien",
        "version", "1"));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("id=\"error-phan-cong\"");
  }

  @Test
  void givenAttachedEvidence_whenDownloadingOneFileAndTheZip_thenNamesFollowR2() {
    String id = petition("lamngocbien", "Mất điện cả thôn", "mat dien o xa Hong Viet", FULL_SENDER);
    WebClient member = WebClient.loggedIn(server, "lamngocbien");
    member.get("/phan-anh/" + id);
    member.post("/phan-anh/" + id + "/lien-he", Map.of("method", "CALL", "reached", "1"));
    HttpResponse<String> refused = member.upload("/phan-anh/" + id + "/tu-lieu", Map.of("kind", "RECORDING"),
        "file", "ghi âm.mp3", new byte[] {1, 2, 3});
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("id=\"error-tu-lieu-consent\"");
    HttpResponse<String> ok = member.upload("/phan-anh/" + id + "/tu-lieu", Map.of("kind", "RECORDING",
        "consent", "1"), "file", "ghi âm.mp3", new byte[] {1, 2, 3});
    assertThat(ok.body()).contains("Đã đính kèm tư liệu");
    java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/phan-anh/[^\"]+/tu-lieu/[^\"]+)\"")
        .matcher(ok.body());
    assertThat(link.find()).isTrue();
    HttpResponse<byte[]> file = member.bytes(link.group(1));
    assertThat(file.body()).containsExactly(1, 2, 3);
    assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''ghi%20%C3%A2m.mp3");
    HttpResponse<byte[]> zip = member.bytes("/phan-anh/" + id + "/tu-lieu.zip");
    assertThat(zip.headers().firstValue("Content-Disposition").orElse(""))
        .contains("09.01.2020_tulieuxacminh.lamngocbien.zip");
  }

  @Test
  void givenGoodCredentials_whenLoggingIn_thenTheSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
    java.net.http.HttpClient plain = java.net.http.HttpClient.newBuilder()
        .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
    HttpResponse<String> loginPage = plain.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(server.url("/"))).build(), HttpResponse.BodyHandlers.ofString());
    String loginCookie = loginPage.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    String token = loginCookie.substring(loginCookie.indexOf('=') + 1);
    HttpResponse<String> r = plain.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url(
        "/dang-nhap"))).header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", loginCookie)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&username=tovubien&password="
            + TestServer.PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/hop-thu");
    assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("pakn_session=")
        .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Max-Age=28800"));
  }

  @Test
  void givenTheLeaderInvitesANewAccount_whenTheLinkIsUsed_thenThePasswordIsSetOnceAndLoginWorks() {
    WebClient leader = WebClient.loggedIn(server, "hoangthihongvan");
    leader.get("/quan-tri");
    HttpResponse<String> created = leader.post("/quan-tri/tai-khoan", Map.of("username", "canbo-moi-tiep-nhan",
        "displayName", "Cán bộ Tổ tiếp nhận", "role", "RECEPTION"));
    assertThat(created.statusCode()).isEqualTo(200);
    String accountId = server.app.accounts.findByUsername("canbo-moi-tiep-nhan").orElseThrow().id();
    HttpResponse<String> invited = leader.post("/quan-tri/tai-khoan/" + accountId + "/moi", Map.of());
    java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"new-invitation\">[^<]*(/moi/[^<\"]+)<")
        .matcher(invited.body());
    assertThat(link.find()).as(invited.body()).isTrue();

    WebClient newcomer = new WebClient(server);
    assertThat(newcomer.get(link.group(1)).body()).contains("Đặt mật khẩu");
    HttpResponse<String> mismatch = newcomer.post(link.group(1), Map.of("password", "mat-khau-moi-dai",
        "confirm", "khac-hoan-toan"));
    assertThat(mismatch.statusCode()).isEqualTo(400);
    assertThat(mismatch.body()).contains("không khớp");
    HttpResponse<String> set = newcomer.post(link.group(1), Map.of("password", "mat-khau-moi-dai",
        "confirm", "mat-khau-moi-dai"));
    assertThat(set.body()).contains("Đã đặt mật khẩu");
    assertThat(server.app.services.accounts().authenticate("canbo-moi-tiep-nhan", "mat-khau-moi-dai")).isPresent();

    WebClient again = new WebClient(server);
    again.get(link.group(1));
    HttpResponse<String> reused = again.post(link.group(1), Map.of("password", "mat-khau-khac-nua",
        "confirm", "mat-khau-khac-nua"));
    assertThat(reused.statusCode()).isEqualTo(404);
    assertThat(reused.body()).contains("đã dùng");
  }

  @Test
  void givenTheLeader_whenDownloadingEditingAndUploadingTheProfile_thenTheNewRosterIsInForceAndBadFilesAreRefused()
      throws Exception {
    WebClient leader = WebClient.loggedIn(server, "hoangthihongvan");
    HttpResponse<String> file = leader.get("/quan-tri/ho-so-huyen.json");
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).contains("\"districtName\"").contains("lamngocbien");

    String renamed = file.body().replace("\"name\" : \"Y tế\"", "\"name\" : \"Y tế và Dân số\"");
    assertThat(renamed).isNotEqualTo(file.body());
    leader.get("/quan-tri");
    HttpResponse<String> applied = leader.upload("/quan-tri/ho-so-huyen", Map.of(), "file", "ho-so.json",
        renamed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(applied.body()).contains("Đã áp dụng hồ sơ huyện mới");
    assertThat(server.app.services.roster().current().roster().sector(DistrictFixturesAccess.HEALTH).name())
        .isEqualTo("Y tế và Dân số");

    String broken = renamed.replace("\"role\" : \"LEADER\"", "\"role\" : \"CHIEF\"");
    leader.get("/quan-tri");
    HttpResponse<String> refused = leader.upload("/quan-tri/ho-so-huyen", Map.of(), "file", "ho-so.json",
        broken.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("people[0].role").contains("CHIEF");
    assertThat(server.app.services.roster().current().roster().leader().id().value()).isEqualTo("hoangthihongvan");

    WebClient member = WebClient.loggedIn(server, "lamngocbien");
    assertThat(member.get("/quan-tri/ho-so-huyen.json").statusCode()).isEqualTo(403);
  }

  /** The fixture district's sector codes. */
  private static final class DistrictFixturesAccess {
    static final vn.pakn.domain.roster.SectorCode HEALTH = vn.pakn.domain.fixtures.DistrictFixtures.HEALTH;
  }
}
