package vn.pakn.adapters.http;

import io.javalin.config.RoutesConfig;

/** A group of routes the server registers. */
@FunctionalInterface
public interface RouteModule {

  void register(RoutesConfig routes);
}
