package vn.pakn.adapters.http;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.ParsedEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pakn.adapters.http.open311.Open311Routes;
import vn.pakn.adapters.http.web.WebRoutes;

/**
 * The HTTP server: the JSON API under {@code /api/v1}, health, and the other route modules. Every failure
 * becomes the one JSON error shape; nothing answers with a stack trace. One log line per request
 * (method, route template, status, ms) — never a query string, a body or personal data.
 */
public final class PaknHttpServer {

  private static final Logger LOG = LoggerFactory.getLogger(PaknHttpServer.class);
  private static final Logger ACCESS = LoggerFactory.getLogger("pakn.access");

  /**
   * Server settings.
   *
   * @param maxRequestBytes the limit of a JSON request body (413 beyond it)
   * @param maxUploadBytes the limit of one evidence file in a multipart upload; the whole upload may be
   *     {@link #MULTIPART_OVERHEAD_BYTES} larger, for the form fields and part headers
   */
  public record Options(int port, long maxRequestBytes, Duration tokenLifetime, byte[] tokenSecret, Clock clock,
      long maxUploadBytes) {}

  /** What a multipart upload may carry besides the file: part headers and the small form fields. */
  public static final long MULTIPART_OVERHEAD_BYTES = 64 * 1024;

  private final Javalin app;
  private final Api api;
  private final TokenService tokens;
  private final Metrics metrics;

  public PaknHttpServer(UseCases useCases, HealthCheck health, ProfileDocuments profiles, Options options) {
    this(useCases, health, profiles, options, List.of());
  }

  PaknHttpServer(UseCases useCases, HealthCheck health, ProfileDocuments profiles, Options options,
      List<RouteModule> extra) {
    tokens = new TokenService(options.tokenSecret(), options.tokenLifetime(), options.clock());
    api = new Api(useCases, new Authentication(tokens, useCases.actors()), Json.mapper(), options.clock());
    LoginThrottle throttle = new LoginThrottle(options.clock());
    metrics = new Metrics();
    AuthRoutes auth = new AuthRoutes(api, tokens, throttle);
    List<RouteModule> modules = new ArrayList<>(List.<RouteModule>of(
        r -> r.get("/health", ctx -> health(ctx, health)),
        metrics,
        new OpenApiRoutes(),
        auth,
        new PetitionRoutes(api)::register,
        new EvidenceRoutes(api),
        new NotificationRoutes(api),
        new ReportRoutes(api),
        new AdminRoutes(api),
        new Open311Routes(api)::register,
        new WebRoutes(api, tokens, auth, profiles, options.tokenLifetime())));
    modules.addAll(extra);
    app = Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(api.mapper, false));
      config.http.maxRequestSize = options.maxRequestBytes();
      config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes() + MULTIPART_OVERHEAD_BYTES,
          SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize(256 * 1024, SizeUnit.BYTES);
      config.http.defaultContentType = "application/json";
      config.jetty.port = options.port();
      config.jetty.host = "0.0.0.0";
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(api.mapper)));
      config.startup.showJavalinBanner = false;
      // the web pages' scripts (htmx, Chart.js) from their webjars, and their own CSS and script
      config.staticFiles.enableWebjars();
      config.staticFiles.add(files -> {
        files.hostedPath = "/tep";
        files.directory = "/vn/pakn/adapters/http/web/static";
        files.location = Location.CLASSPATH;
      });
      // On stop, refuse new requests and let those in flight finish (up to 15 s).
      config.jetty.modifyServer(server -> {
        server.setStopTimeout(15_000);
        server.insertHandler(new GracefulHandler());
      });
      config.requestLogger.http(this::logRequest);
      config.routes.exception(HttpProblem.class, (e, ctx) -> problem(ctx, e));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx,
          new HttpProblem(e.getStatus(), statusCode(e.getStatus()), statusMessage(e.getStatus()), null)));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) -> problem(ctx, HttpProblem.fromInvalid(e)));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("Unhandled {} on {} {}", e.getClass().getName(), ctx.method(), routeOf(ctx), e);
        problem(ctx, new HttpProblem(500, "internal", "Lỗi máy chủ; sự cố đã được ghi lại", null));
      });
      config.routes.error(404, ctx -> {
        if (ctx.result() == null || ctx.result().isEmpty()) {
          problem(ctx, HttpProblem.notFound("Không có đường dẫn " + ctx.method() + " " + ctx.path()));
        }
      });
      for (RouteModule module : modules) {
        module.register(config.routes);
      }
    });
  }

  private static void health(Context ctx, HealthCheck health) {
    String problem;
    try {
      problem = health.problem();
    } catch (RuntimeException e) {
      problem = e.getClass().getSimpleName();
    }
    if (problem == null || problem.isEmpty()) {
      ctx.json(Map.of("status", "UP"));
    } else {
      ctx.status(503).json(Map.of("status", "DOWN", "problem", problem));
    }
  }

  static void problem(Context ctx, HttpProblem e) {
    ctx.status(e.status()).contentType("application/json; charset=utf-8")
        .json(new ErrorBody(e.code(), e.getMessage(), e.field().orElse(null)));
  }

  private static String statusCode(int status) {
    return switch (status) {
      case 400 -> "validation";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "too_large";
      case 415 -> "unsupported_media_type";
      default -> status >= 500 ? "internal" : "http_" + status;
    };
  }

  private static String statusMessage(int status) {
    return switch (status) {
      case 400 -> "Yêu cầu không hợp lệ";
      case 404 -> "Không tìm thấy";
      case 405 -> "Phương thức không được hỗ trợ";
      case 413 -> "Nội dung yêu cầu quá lớn";
      case 415 -> "Kiểu nội dung không được hỗ trợ";
      default -> "Yêu cầu không thực hiện được (" + status + ")";
    };
  }

  static String routeOf(Context ctx) {
    try {
      return ctx.endpoint().path;
    } catch (RuntimeException e) {
      return "(unmatched)";
    }
  }

  private void logRequest(Context ctx, Float ms) {
    String route = routeOf(ctx);
    ACCESS.info("{} {} {} {}ms", ctx.method(), route, ctx.status().getCode(), Math.round(ms));
    metrics.record(ctx.method().name(), route, ctx.status().getCode(), ms);
  }

  public PaknHttpServer start() {
    app.start();
    return this;
  }

  public void stop() {
    app.stop();
    metrics.close();
  }

  public int port() {
    return app.port();
  }

  public Javalin javalin() {
    return app;
  }

  public TokenService tokens() {
    return tokens;
  }

  /** Every registered HTTP route as {@code "METHOD /path/{param}"}, in registration order. */
  public List<String> routes() {
    List<String> out = new ArrayList<>();
    for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
      out.add(e.endpoint.method.name() + " " + e.endpoint.path);
    }
    return out;
  }
}
