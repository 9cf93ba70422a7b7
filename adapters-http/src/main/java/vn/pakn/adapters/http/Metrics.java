package vn.pakn.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * {@code GET /metrics} in the Prometheus text format: JVM metrics and one timer per route template, method
 * and status ({@code http_server_requests_seconds}). Labels carry route templates only, never a path with
 * its identifiers, a query string or anything a citizen typed.
 */
public final class Metrics implements RouteModule, AutoCloseable {

  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();

  public Metrics() {
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/metrics", this::scrape);
  }

  private void scrape(Context ctx) {
    ctx.contentType(CONTENT_TYPE).result(registry.scrape());
  }

  /** One request: the route template (or {@code (unmatched)}), never the concrete path. */
  void record(String method, String routeTemplate, int status, float ms) {
    Timer.builder("http.server.requests")
        .description("HTTP requests by route template, method and status")
        .tag("method", method)
        .tag("route", routeTemplate)
        .tag("status", Integer.toString(status))
        .register(registry)
        .record(Duration.ofNanos(Math.max(0, Math.round(ms * 1_000_000d))));
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
