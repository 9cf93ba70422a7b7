package vn.pakn.adapters.http.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.pakn.adapters.http.TestServer;

/** A browser-like HTTP client for the web pages: keeps cookies, reads the CSRF token off the last page. */
final class WebClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final TestServer server;
  private final HttpClient client;
  private String lastPage = "";

  WebClient(TestServer server) {
    this.server = server;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  static WebClient loggedIn(TestServer server, String username) {
    WebClient c = new WebClient(server);
    c.get("/");
    HttpResponse<String> r = c.post("/dang-nhap", Map.of("username", username, "password", TestServer.PASSWORD));
    if (!r.uri().getPath().equals("/hop-thu")) {
      throw new AssertionError("login " + username + " failed: " + r.statusCode() + " " + r.body());
    }
    return c;
  }

  HttpResponse<String> get(String path) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url(path))).GET());
    lastPage = r.body();
    return r;
  }

  HttpResponse<byte[]> bytes(String path) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(server.url(path))).GET().timeout(Duration.ofSeconds(10))
          .build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  String csrf() {
    Matcher m = CSRF.matcher(lastPage);
    if (!m.find()) {
      throw new AssertionError("no CSRF token on the last page");
    }
    return m.group(1);
  }

  /** A form post carrying the CSRF token of the last page. */
  HttpResponse<String> post(String path, Map<String, String> form) {
    Map<String, String> all = new LinkedHashMap<>(form);
    all.putIfAbsent("_csrf", csrf());
    return postRaw(path, all);
  }

  HttpResponse<String> postRaw(String path, Map<String, String> form) {
    String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url(path)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    lastPage = r.body();
    return r;
  }

  /** A multipart post (one file) carrying the CSRF token of the last page. */
  HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, String fileName,
      byte[] content) {
    String boundary = "----pakn" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putIfAbsent("_csrf", csrf());
    all.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
        + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: audio/mpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.url(path)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    lastPage = r.body();
    return r;
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return client.send(b.timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
