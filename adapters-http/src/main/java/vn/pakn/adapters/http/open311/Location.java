package vn.pakn.adapters.http.open311;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the problem is: an address text and/or coordinates. Petitions hold one address text, so the
 * coordinates are written into it as {@code "xóm Nà Vài (toạ độ 22.6, 106.2)"} and read back from it.
 */
record Location(Optional<String> address, Optional<BigDecimal> lat, Optional<BigDecimal> lon) {

  private static final Pattern WITH_COORDINATES = Pattern.compile(
      "^(.*?)\\s*\\(toạ độ (-?\\d{1,3}(?:\\.\\d{1,15})?), (-?\\d{1,3}(?:\\.\\d{1,15})?)\\)$", Pattern.DOTALL);

  static final Location NONE = new Location(Optional.empty(), Optional.empty(), Optional.empty());

  /** The address text a petition stores; empty when there is neither address nor coordinates. */
  Optional<String> text() {
    Optional<String> coordinates = lat.flatMap(a -> lon.map(o -> "(toạ độ " + a.toPlainString() + ", "
        + o.toPlainString() + ")"));
    if (coordinates.isEmpty()) {
      return address;
    }
    return Optional.of(address.map(a -> a + " " + coordinates.get()).orElse(coordinates.get()));
  }

  /** Reads a stored address text back into address and coordinates. */
  static Location parse(Optional<String> stored) {
    if (stored.isEmpty()) {
      return NONE;
    }
    Matcher m = WITH_COORDINATES.matcher(stored.get());
    if (!m.matches()) {
      return new Location(stored, Optional.empty(), Optional.empty());
    }
    BigDecimal lat = new BigDecimal(m.group(2));
    BigDecimal lon = new BigDecimal(m.group(3));
    if (!inRange(lat, 90) || !inRange(lon, 180)) {
      return new Location(stored, Optional.empty(), Optional.empty());
    }
    String address = m.group(1).strip();
    return new Location(address.isEmpty() ? Optional.empty() : Optional.of(address), Optional.of(lat),
        Optional.of(lon));
  }

  static boolean inRange(BigDecimal value, int limit) {
    return value.abs().compareTo(BigDecimal.valueOf(limit)) <= 0;
  }
}
