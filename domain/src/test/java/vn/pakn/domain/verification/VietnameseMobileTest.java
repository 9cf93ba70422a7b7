package vn.pakn.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseMobileTest {

  @ParameterizedTest
  @ValueSource(strings = {"0964 382 715", "0968-214-307", "097.215.6389", "+84 964 382 715", "84964382715",
      "0357 123 456", "0588123456", "0703 123 456", "0812.345.678"})
  void givenAMobileWrittenAsCitizensWriteIt_whenValidating_thenValid(String written) {
    assertThat(VietnameseMobile.isValid(written)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"096438271", "0912 34S 678", "0212345678", "0412345678", "0612345678", "09643827150",
      "", "   ", "không có"})
  void givenSomethingThatIsNotAMobile_whenValidating_thenInvalid(String written) {
    assertThat(VietnameseMobile.isValid(written)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void givenNoNumber_whenValidating_thenInvalid() {
    assertThat(VietnameseMobile.isValid(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0964 382 715", "0964-382-715", "0964.382.715", "+84 964 382 715", "84964382715",
      "(+84) 964 382 715"})
  void givenTheSameNumberWrittenDifferently_whenNormalizing_thenTheSameTenDigits(String written) {
    assertThat(VietnameseMobile.normalize(written)).contains("0964382715");
  }
}
