package vn.pakn.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.pakn.application.fake.InMemoryPakn;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.fixtures.PetitionFixtures;

/** On stop, a request in flight still gets its answer. */
class GracefulShutdownTest {

  @Test
  void givenSlowRequestInFlight_whenServerStops_thenTheRequestCompletes() throws Exception {
    InMemoryPakn app = new InMemoryPakn(DistrictFixtures.profile(), PetitionFixtures.T0);
    CountDownLatch entered = new CountDownLatch(1);
    PaknHttpServer server = new PaknHttpServer(TestServer.useCases(app.services), () -> "", new TestProfileDocuments(),
        new PaknHttpServer.Options(0, 1024 * 1024, Duration.ofHours(1),
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), app.clock, 1024 * 1024),
        List.of(routes -> routes.get("/slow", ctx -> {
          entered.countDown();
          Thread.sleep(1500);
          ctx.result("done");
        }))).start();
    CompletableFuture<HttpResponse<String>> slow = HttpClient.newHttpClient().sendAsync(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slow")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

    server.stop();

    HttpResponse<String> response = slow.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("done");
  }
}
