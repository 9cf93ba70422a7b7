package vn.pakn.adapters.http.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How the pages write dates and times: dd/MM/yyyy, times in Asia/Ho_Chi_Minh. */
public final class Fmt {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private Fmt() {}

  public static String date(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  public static String date(Optional<LocalDate> day) {
    return day.map(Fmt::date).orElse("—");
  }

  public static String time(Instant at) {
    return at == null ? "" : TIME.format(at.atZone(ZONE));
  }

  public static String time(Optional<Instant> at) {
    return at.map(Fmt::time).orElse("—");
  }

  /** The value of an {@code <input type="date">}: ISO, whatever the page shows. */
  public static String iso(LocalDate day) {
    return day == null ? "" : day.toString();
  }

  public static String text(Optional<String> value) {
    return value.filter(v -> !v.isBlank()).orElse("—");
  }

  /** "còn 3 ngày làm việc", "hết hạn hôm nay", "quá hạn 2 ngày làm việc". */
  public static String workingDays(int left) {
    if (left > 0) {
      return "còn " + left + " ngày làm việc";
    }
    if (left == 0) {
      return "đến hạn hôm nay";
    }
    return "quá hạn " + (-left) + " ngày làm việc";
  }

  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return (bytes / 1024) + " KB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
