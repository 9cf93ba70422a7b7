package vn.pakn.benchmarks;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** {@code --name=value} and {@code --flag} arguments. */
final class Args {

  private final Map<String, String> values = new HashMap<>();

  private Args() {}

  static Args parse(String[] args) {
    Args a = new Args();
    for (String arg : args) {
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("expected --name=value, got " + arg);
      }
      int eq = arg.indexOf('=');
      if (eq < 0) {
        a.values.put(arg.substring(2), "true");
      } else {
        a.values.put(arg.substring(2, eq), arg.substring(eq + 1));
      }
    }
    return a;
  }

  String string(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  int integer(String name, int fallback) {
    return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
  }

  long longValue(String name, long fallback) {
    return values.containsKey(name) ? Long.parseLong(values.get(name)) : fallback;
  }

  Duration seconds(String name, double fallback) {
    double s = values.containsKey(name) ? Double.parseDouble(values.get(name)) : fallback;
    return Duration.ofMillis((long) (s * 1000));
  }

  boolean flag(String name) {
    return Boolean.parseBoolean(values.getOrDefault(name, "false"));
  }

  /** Only the loopback interface: the benchmarks never talk to another machine. */
  static String loopbackOnly(String jdbcUrl) {
    if (!jdbcUrl.startsWith("jdbc:postgresql://127.0.0.1") && !jdbcUrl.startsWith("jdbc:postgresql://localhost")) {
      throw new IllegalArgumentException("only a PostgreSQL on 127.0.0.1 is allowed: " + jdbcUrl);
    }
    return jdbcUrl;
  }
}
