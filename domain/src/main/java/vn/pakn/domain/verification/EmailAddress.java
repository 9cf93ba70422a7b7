package vn.pakn.domain.verification;

import java.util.regex.Pattern;

/** A plausible e-mail address: one {@code @}, a local part, and a domain with a dot and no spaces. */
public final class EmailAddress {

  private static final Pattern FORM =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

  private EmailAddress() {}

  public static boolean isValid(String written) {
    return written != null && written.length() <= 254 && FORM.matcher(written.strip()).matches();
  }
}
