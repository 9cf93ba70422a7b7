package vn.pakn.application.port.out;

/** Hashes and checks passwords (Argon2id in the adapter). */
public interface PasswordHasher {

  String hash(String password);

  boolean matches(String password, String hash);
}
