package vn.pakn.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /api/v1/openapi.json}: the hand-written OpenAPI 3 document of the API, served as it is. */
public final class OpenApiRoutes implements RouteModule {

  static final String RESOURCE = "/vn/pakn/adapters/http/openapi.json";

  private final String document;

  public OpenApiRoutes() {
    document = load();
  }

  static String load() {
    try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Thiếu tài liệu OpenAPI " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(PetitionRoutes.BASE + "/openapi.json", this::serve);
  }

  private void serve(Context ctx) {
    ctx.contentType("application/json; charset=utf-8").result(document);
  }
}
