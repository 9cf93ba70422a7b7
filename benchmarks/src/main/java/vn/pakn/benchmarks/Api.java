package vn.pakn.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The few JSON API calls the drivers make, with {@code java.net.http}. */
final class Api {

  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private Api() {}

  static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
  }

  static String token(HttpClient http, URI base, String user, String password) {
    HttpResponse<String> r = send(http, HttpRequest.newBuilder(base.resolve("/api/v1/auth/token")).timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(DevSet.json(Map.of("username", user, "password", password))))
        .build());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
    }
    return DevSet.parse(r.body()).path("token").asText();
  }

  static HttpResponse<String> send(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
