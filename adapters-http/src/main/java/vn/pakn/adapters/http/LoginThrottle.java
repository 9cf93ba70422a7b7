package vn.pakn.adapters.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing per username: after 3 failures each further attempt must wait a growing
 * delay (1 s, 2 s, 4 s … up to 60 s); after 10 failures the username is locked for 15 minutes. A success
 * clears it. Kept per server instance.
 */
public final class LoginThrottle {

  static final int FREE_ATTEMPTS = 3;
  static final int LOCK_AFTER = 10;
  static final Duration LOCK = Duration.ofMinutes(15);

  private record State(int failures, Instant nextAllowed) {}

  private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long this username must still wait before trying again; zero when it may try now. */
  public Duration waitFor(String username) {
    State s = states.get(key(username));
    if (s == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), s.nextAllowed());
    return left.isNegative() ? Duration.ZERO : left;
  }

  public void failed(String username) {
    states.compute(key(username), (k, s) -> {
      int failures = s == null ? 1 : s.failures() + 1;
      Duration delay;
      if (failures >= LOCK_AFTER) {
        delay = LOCK;
      } else if (failures > FREE_ATTEMPTS) {
        delay = Duration.ofSeconds(Math.min(60, 1L << (failures - FREE_ATTEMPTS - 1)));
      } else {
        delay = Duration.ZERO;
      }
      return new State(failures, clock.instant().plus(delay));
    });
  }

  public void succeeded(String username) {
    states.remove(key(username));
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
