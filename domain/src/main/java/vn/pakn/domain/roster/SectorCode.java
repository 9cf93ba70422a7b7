package vn.pakn.domain.roster;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/** Identifies a sector (lĩnh vực) within a district profile, e.g. {@code dien}, {@code giao-thong-van-tai}. */
public record SectorCode(String value) {

  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public SectorCode {
    checkArgument(value != null && FORM.matcher(value).matches(),
        "Mã lĩnh vực không hợp lệ: '%s' (chỉ chữ thường không dấu, số và gạch ngang)", value);
  }

  public static SectorCode of(String value) {
    return new SectorCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
