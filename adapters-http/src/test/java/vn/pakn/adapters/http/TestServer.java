package vn.pakn.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.pakn.application.fake.InMemoryPakn;
import vn.pakn.application.port.in.ManageAccountsUseCase.CreateAccountCommand;
import vn.pakn.application.service.PaknServices;
import vn.pakn.domain.access.ActorRole;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.fixtures.PetitionFixtures;
import vn.pakn.domain.roster.Person;

/**
 * The HTTP server on the in-memory application, on a free port, with an account for every person of the
 * roster (username = person id, password {@link #PASSWORD}), the reception team ({@code tiepnhan}) and
 * two units ({@code xahongviet}, {@code xabinhlong}).
 */
public final class TestServer implements AutoCloseable {

  public static final String PASSWORD = "mat-khau-thu-nghiem";

  /** A response: status and body, parsed as JSON when it is JSON. */
  public record Response(int status, String body, Map<String, java.util.List<String>> headers) {
    public JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  public final InMemoryPakn app;
  public final PaknHttpServer server;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, String> tokens = new HashMap<>();

  public TestServer() {
    this(PaknServices.DEFAULT_EVIDENCE_MAX_BYTES);
  }

  /** A server whose evidence files may be at most {@code evidenceMaxBytes} (service and multipart limit alike). */
  public TestServer(long evidenceMaxBytes) {
    app = new InMemoryPakn(DistrictFixtures.profile(), PetitionFixtures.T0, evidenceMaxBytes);
    PaknServices s = app.services;
    for (Person p : DistrictFixtures.people()) {
      s.accounts().createInitial(new CreateAccountCommand(p.id().value(), p.fullName(),
          ActorRole.valueOf(p.role().name()), Optional.of(p.id()), Optional.empty(), Optional.of(PASSWORD)));
    }
    s.accounts().createInitial(new CreateAccountCommand("tiepnhan", "Tổ tiếp nhận", ActorRole.RECEPTION,
        Optional.empty(), Optional.empty(), Optional.of(PASSWORD)));
    unit("xahongviet", "UBND xã Hồng Việt", DistrictFixtures.COMMUNE);
    unit("xabinhlong", "UBND xã Bình Long", DistrictFixtures.OTHER_COMMUNE);
    server = new PaknHttpServer(useCases(s), () -> "", new TestProfileDocuments(), new PaknHttpServer.Options(0,
        1024 * 1024,
        Duration.ofHours(8), "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), app.clock,
        evidenceMaxBytes)).start();
  }

  private void unit(String username, String name, UnitId unit) {
    app.services.accounts().createInitial(new CreateAccountCommand(username, name, ActorRole.UNIT, Optional.empty(),
        Optional.of(unit), Optional.of(PASSWORD)));
  }

  public static UseCases useCases(PaknServices s) {
    return new UseCases(s.intake(), s.intake(), s.queries(), s.queries(), s.queries(), s.workflow(), s.workflow(),
        s.workflow(), s.workflow(), s.workflow(), s.workflow(), s.workflow(), s.workflow(), s.workflow(), s.workflow(),
        s.workflow(), s.workflow(), s.workflow(), s.workflow(), s.workflow(), s.evidence(), s.evidence(), s.evidence(),
        s.notifications(), s.reports(), s.accounts(), s.delegations(), s.roster(), s.accounts(), s.reminders(),
        s.apiKeys(), s.publicRequests(), s.roster());
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** A bearer token for the username (logging in once). */
  public String token(String username) {
    return tokens.computeIfAbsent(username, u -> {
      Response r = send("POST", "/api/v1/auth/token", "{\"username\":\"" + u + "\",\"password\":\"" + PASSWORD + "\"}",
          null);
      if (r.status() != 200) {
        throw new AssertionError("login " + u + ": " + r);
      }
      return r.json().get("token").asText();
    });
  }

  public Response get(String path, String username) {
    return send("GET", path, null, username == null ? null : token(username));
  }

  public Response post(String path, String json, String username) {
    return send("POST", path, json, username == null ? null : token(username));
  }

  public Response send(String method, String path, String json, String bearer) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    if (json != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return send(b.build());
  }

  /** A multipart/form-data upload: the form fields, then one {@code file} part. */
  public Response upload(String path, String username, Map<String, String> fields, String fileName,
      String contentType, byte[] content) {
    String boundary = "----pakn" + System.nanoTime();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    fields.forEach((k, v) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
        + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
    if (fileName != null) {
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(content);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
    if (username != null) {
      b.header("Authorization", "Bearer " + token(username));
    }
    return send(b.build());
  }

  /** The raw bytes of a response, for downloads. */
  public HttpResponse<byte[]> download(String path, String username) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token(username)).GET().build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  public Response send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body(), r.headers().map());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
