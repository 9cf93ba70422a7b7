package vn.pakn.domain.petition;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/** Identifies a petition; opaque text of letters, digits and dashes. */
public record PetitionId(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

  public PetitionId {
    checkArgument(value != null && FORM.matcher(value).matches(), "Mã phản ánh không hợp lệ: '%s'", value);
  }

  public static PetitionId of(String value) {
    return new PetitionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
