package vn.pakn.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The server's configuration: environment variables, optionally a properties file named by
 * {@code PAKN_CONFIG} (environment wins). Every setting has a default; a bad value stops the start with a
 * message naming the setting.
 */
public record Settings(
    int port,
    Path dataDir,
    Optional<String> dbUrl,
    Optional<String> dbUser,
    Optional<String> dbPassword,
    Optional<Path> profile,
    Optional<String> adminPassword,
    long evidenceMaxBytes,
    Duration reminderInterval,
    ZoneId zone) {

  /** Reads the settings from the process environment. */
  public static Settings fromEnvironment() {
    return from(System.getenv());
  }

  public static Settings from(Map<String, String> env) {
    Map<String, String> all = new HashMap<>();
    Optional.ofNullable(env.get("PAKN_CONFIG")).filter(s -> !s.isBlank()).ifPresent(file -> all.putAll(load(file)));
    env.forEach((k, v) -> {
      if (k.startsWith("PAKN_") && v != null && !v.isBlank()) {
        all.put(k, v.strip());
      }
    });
    return new Settings(
        integer(all, "PAKN_PORT", 8080, 0, 65535),
        Path.of(all.getOrDefault("PAKN_DATA_DIR", "data")),
        Optional.ofNullable(all.get("PAKN_DB_URL")),
        Optional.ofNullable(all.get("PAKN_DB_USER")),
        Optional.ofNullable(all.get("PAKN_DB_PASSWORD")),
        Optional.ofNullable(all.get("PAKN_PROFILE")).map(Path::of),
        Optional.ofNullable(all.get("PAKN_ADMIN_PASSWORD")),
        integer(all, "PAKN_EVIDENCE_MAX_MB", 50, 1, 2048) * 1024L * 1024L,
        Duration.ofMinutes(integer(all, "PAKN_REMINDER_INTERVAL_MINUTES", 60, 1, 24 * 60)),
        zone(all.getOrDefault("PAKN_TIMEZONE", "Asia/Ho_Chi_Minh")));
  }

  private static Map<String, String> load(String file) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      properties.load(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("PAKN_CONFIG: cannot read " + file + " (" + e.getMessage() + ")", e);
    }
    Map<String, String> out = new HashMap<>();
    properties.stringPropertyNames().forEach(k -> out.put(k, properties.getProperty(k).strip()));
    return out;
  }

  private static int integer(Map<String, String> all, String key, int fallback, int min, int max) {
    String raw = all.get(key);
    if (raw == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value < min || value > max) {
        throw new IllegalArgumentException(key + ": " + raw + " is outside " + min + ".." + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": '" + raw + "' is not a whole number", e);
    }
  }

  private static ZoneId zone(String raw) {
    try {
      return ZoneId.of(raw);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("PAKN_TIMEZONE: '" + raw + "' is not a time zone", e);
    }
  }
}
