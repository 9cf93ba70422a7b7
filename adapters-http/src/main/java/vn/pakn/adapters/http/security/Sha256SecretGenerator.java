package vn.pakn.adapters.http.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import vn.pakn.application.port.out.SecretGenerator;

/** 192-bit random secrets from {@link SecureRandom}, fingerprinted with SHA-256 (they are too long to guess). */
public final class Sha256SecretGenerator implements SecretGenerator {

  private final SecureRandom random = new SecureRandom();

  @Override
  public String newSecret() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String fingerprint(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
