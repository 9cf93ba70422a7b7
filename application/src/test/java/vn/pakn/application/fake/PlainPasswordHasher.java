package vn.pakn.application.fake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.pakn.application.port.out.PasswordHasher;

/** A fast SHA-256 hasher for tests only; the real adapter uses Argon2id. */
public final class PlainPasswordHasher implements PasswordHasher {

  @Override
  public String hash(String password) {
    try {
      return "sha256:" + HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean matches(String password, String hash) {
    return hash(password).equals(hash);
  }
}
