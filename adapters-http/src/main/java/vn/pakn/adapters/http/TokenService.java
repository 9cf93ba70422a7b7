package vn.pakn.adapters.http;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bearer tokens and session cookies: {@code accountId.expiry.signature}, signed with HMAC-SHA256 under a
 * secret every server instance shares, so any instance can check a token another issued.
 */
public final class TokenService {

  /** An issued token and when it stops being accepted. */
  public record Token(String value, Instant expiresAt) {}

  private final byte[] secret;
  private final Duration lifetime;
  private final Clock clock;

  public TokenService(byte[] secret, Duration lifetime, Clock clock) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("token secret: at least 32 bytes");
    }
    this.secret = secret.clone();
    this.lifetime = lifetime;
    this.clock = clock;
  }

  public Token issue(String accountId) {
    Instant expires = clock.instant().plus(lifetime);
    String payload = b64(accountId.getBytes(StandardCharsets.UTF_8)) + "." + expires.getEpochSecond();
    return new Token(payload + "." + b64(sign(payload)), expires);
  }

  /** The account id of a valid, unexpired token. */
  public Optional<String> verify(String token) {
    if (token == null || token.length() > 512) {
      return Optional.empty();
    }
    int last = token.lastIndexOf('.');
    int first = token.indexOf('.');
    if (first <= 0 || last <= first) {
      return Optional.empty();
    }
    String payload = token.substring(0, last);
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(token.substring(last + 1));
      long expiry = Long.parseLong(token.substring(first + 1, last));
      if (!MessageDigest.isEqual(given, sign(payload)) || clock.instant().getEpochSecond() >= expiry) {
        return Optional.empty();
      }
      return Optional.of(new String(Base64.getUrlDecoder().decode(token.substring(0, first)), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * A value derived from {@code input} under the shared secret for one {@code purpose} (the web pages' CSRF
   * token from the session token): any instance derives the same, nobody without the secret can.
   */
  public String derive(String purpose, String input) {
    return b64(sign(purpose + "\u0000" + input));
  }

  private byte[] sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

}
