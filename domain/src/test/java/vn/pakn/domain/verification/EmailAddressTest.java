package vn.pakn.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @ParameterizedTest
  @ValueSource(strings = {"hau.nong@gmail.com", "nong_van.hau+pakn@caobang.gov.vn", " hau@yahoo.com.vn "})
  void givenAPlausibleAddress_whenValidating_thenValid(String written) {
    assertThat(EmailAddress.isValid(written)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"hau.nong@gmail", "hau nong@gmail.com", "@gmail.com", "hau@@gmail.com", "hau.gmail.com",
      "hậu@gmail.com", "hau@gmail.c", ""})
  void givenAnImplausibleAddress_whenValidating_thenInvalid(String written) {
    assertThat(EmailAddress.isValid(written)).isFalse();
  }

  @Test
  void givenNoAddress_whenValidating_thenInvalid() {
    assertThat(EmailAddress.isValid(null)).isFalse();
  }
}
