package vn.pakn.adapters.http;

/** Whether the server can serve: the database answers. */
@FunctionalInterface
public interface HealthCheck {

  /** Empty text when healthy; otherwise what is wrong (no secrets, no personal data). */
  String problem();
}
