package vn.pakn.adapters.http.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import vn.pakn.application.port.out.PasswordHasher;

/**
 * Argon2id password hashes (password4j): 19 MiB of memory, 2 iterations, 1 lane, 32-byte output and a
 * 16-byte random salt — OWASP's recommended minimum. Hashes carry their parameters, so stronger settings
 * later still verify old hashes.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

  private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

  @Override
  public String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
  }

  @Override
  public boolean matches(String password, String hash) {
    if (password == null || hash == null || !hash.startsWith("$argon2")) {
      return false;
    }
    try {
      return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    } catch (RuntimeException e) {
      return false;
    }
  }
}
