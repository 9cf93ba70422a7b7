package vn.pakn.domain.verification;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Vietnamese mobile number: 10 digits starting 03, 05, 07, 08 or 09, written with spaces, dots
 * or dashes, or with +84 / 84 in place of the leading 0.
 */
public final class VietnameseMobile {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
  private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");

  private VietnameseMobile() {}

  /** The number as ten digits ("0964382715"), or empty when it is not a valid mobile number. */
  public static Optional<String> normalize(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String digits = SEPARATORS.matcher(written.strip()).replaceAll("");
    if (digits.startsWith("+84")) {
      digits = "0" + digits.substring(3);
    } else if (digits.startsWith("84") && digits.length() == 11) {
      digits = "0" + digits.substring(2);
    }
    return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
  }

  public static boolean isValid(String written) {
    return normalize(written).isPresent();
  }
}
