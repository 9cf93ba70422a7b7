package vn.pakn.adapters.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

  private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

  @Test
  void givenPassword_whenHashed_thenArgon2idSaltedAndOnlyThatPasswordMatches() {
    String hash = hasher.hash("mật khẩu đủ dài");
    assertThat(hash).startsWith("$argon2id$").doesNotContain("mật khẩu");
    assertThat(hasher.hash("mật khẩu đủ dài")).isNotEqualTo(hash);
    assertThat(hasher.matches("mật khẩu đủ dài", hash)).isTrue();
    assertThat(hasher.matches("mat khau du dai", hash)).isFalse();
    assertThat(hasher.matches("x", "not-a-hash")).isFalse();
  }

  @Test
  void givenSecret_whenFingerprinted_thenStableAndDistinct() {
    Sha256SecretGenerator secrets = new Sha256SecretGenerator();
    String a = secrets.newSecret();
    assertThat(a).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(secrets.newSecret());
    assertThat(secrets.fingerprint(a)).isEqualTo(secrets.fingerprint(a)).hasSize(64).doesNotContain(a);
  }
}
