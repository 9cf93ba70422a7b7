package vn.pakn.domain.district;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/** Identifies a competent unit (cơ quan, đơn vị), e.g. {@code ubnd-xa-hong-viet}. */
public record UnitId(String value) {

  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public UnitId {
    checkArgument(value != null && FORM.matcher(value).matches(),
        "Mã đơn vị không hợp lệ: '%s' (chỉ chữ thường không dấu, số và gạch ngang)", value);
  }

  public static UnitId of(String value) {
    return new UnitId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
