package vn.pakn.domain.verification;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who sent the petition. Personal data: only roles that need it see it, and each look is recorded.
 * Blank values are read as absent.
 */
public record Sender(Optional<String> name, Optional<String> phone, Optional<String> email, Optional<String> address) {

  private static final Pattern LETTERS = Pattern.compile("\\p{L}{1,}");

  public Sender {
    name = clean(name, "name", 200);
    phone = clean(phone, "phone", 40);
    email = clean(email, "email", 254);
    address = clean(address, "address", 500);
  }

  private static Optional<String> clean(Optional<String> value, String field, int max) {
    Optional<String> v = value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
    v.ifPresent(s -> checkArgument(s.length() <= max, "sender.%s: dài quá %s ký tự", field, max));
    return v;
  }

  public static Sender anonymous() {
    return new Sender(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Sender of(String name, String phone, String email, String address) {
    return new Sender(Optional.ofNullable(name), Optional.ofNullable(phone), Optional.ofNullable(email),
        Optional.ofNullable(address));
  }

  /** A full name has at least two words of letters ("Nông Văn Hậu", "Nong Van Hau"). */
  public boolean hasFullName() {
    return name.map(n -> LETTERS.matcher(n).results().count() >= 2).orElse(false);
  }

  public boolean hasValidPhone() {
    return phone.map(VietnameseMobile::isValid).orElse(false);
  }

  public boolean hasValidEmail() {
    return email.map(EmailAddress::isValid).orElse(false);
  }

  /** R2: full name plus a valid phone or e-mail is full; a given but wrong phone/e-mail alone is invalid. */
  public ContactCompleteness completeness() {
    boolean validContact = hasValidPhone() || hasValidEmail();
    boolean anyContactGiven = phone.isPresent() || email.isPresent();
    if (anyContactGiven && !validContact) {
      return ContactCompleteness.INVALID;
    }
    if (hasFullName() && validContact) {
      return ContactCompleteness.FULL;
    }
    if (name.isPresent() || anyContactGiven || address.isPresent()) {
      return ContactCompleteness.PARTIAL;
    }
    return ContactCompleteness.NONE;
  }

  /** The sender shown to someone who may not see personal data: "N*** V*** H***", "09******15". */
  public Sender masked() {
    return new Sender(name.map(Sender::maskName), phone.map(Sender::maskTail), email.map(Sender::maskEmail),
        address);
  }

  private static String maskName(String n) {
    StringBuilder out = new StringBuilder();
    for (String word : n.split("\\s+")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.appendCodePoint(word.codePointAt(0)).append("***");
    }
    return out.toString();
  }

  private static String maskTail(String p) {
    String digits = p.replaceAll("\\D", "");
    if (digits.length() < 4) {
      return "***";
    }
    return digits.substring(0, 2) + "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 2);
  }

  private static String maskEmail(String e) {
    int at = e.indexOf('@');
    return at <= 0 ? "***" : e.charAt(0) + "***" + e.substring(at);
  }
}
