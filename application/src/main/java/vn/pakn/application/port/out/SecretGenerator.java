package vn.pakn.application.port.out;

/** Makes unguessable secrets (API keys, invitation links) and their deterministic fingerprints for lookup. */
public interface SecretGenerator {

  /** A new random secret, URL-safe, at least 128 bits. */
  String newSecret();

  /** A one-way fingerprint of a secret (e.g. SHA-256), the same every time, stored instead of the secret. */
  String fingerprint(String secret);
}
