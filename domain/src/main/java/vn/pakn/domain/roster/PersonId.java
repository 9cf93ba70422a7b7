package vn.pakn.domain.roster;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/** Identifies a person of the roster; by convention the folded full name ("samngocdoan"). */
public record PersonId(String value) {

  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  public PersonId {
    checkArgument(value != null && FORM.matcher(value).matches(),
        "Mã người không hợp lệ: '%s' (chỉ chữ thường không dấu, số, dấu chấm, gạch; tối đa 64 ký tự)", value);
  }

  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
