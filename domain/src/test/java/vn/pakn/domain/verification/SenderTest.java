package vn.pakn.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class SenderTest {

  @Test
  void givenFullNameAndValidPhone_whenJudgingCompleteness_thenFull() {
    assertThat(Sender.of("Nông Văn Hậu", "0964 382 715", null, null).completeness())
        .isEqualTo(ContactCompleteness.FULL);
  }

  @Test
  void givenFullNameWithoutDiacriticsAndValidEmail_whenJudgingCompleteness_thenFull() {
    assertThat(Sender.of("Nong Van Hau", null, "hau.nong@gmail.com", null).completeness())
        .isEqualTo(ContactCompleteness.FULL);
  }

  @Test
  void givenFullNameAWrongPhoneButAValidEmail_whenJudgingCompleteness_thenFullBecauseOneContactIsValid() {
    assertThat(Sender.of("Nông Văn Hậu", "0912 34S 678", "hau.nong@gmail.com", null).completeness())
        .isEqualTo(ContactCompleteness.FULL);
  }

  @Test
  void givenFullNameAndOnlyAWrongPhone_whenJudgingCompleteness_thenInvalid() {
    assertThat(Sender.of("Nông Văn Hậu", "0912 34S 678", null, "xã Hồng Việt").completeness())
        .isEqualTo(ContactCompleteness.INVALID);
  }

  @Test
  void givenOnlyAWrongEmail_whenJudgingCompleteness_thenInvalid() {
    assertThat(Sender.of(null, null, "hau.nong@gmail", null).completeness()).isEqualTo(ContactCompleteness.INVALID);
  }

  @Test
  void givenNameAndAddressOnly_whenJudgingCompleteness_thenPartial() {
    assertThat(Sender.of("Nông Văn Hậu", null, null, "xóm Nà Vài, xã Hồng Việt").completeness())
        .isEqualTo(ContactCompleteness.PARTIAL);
  }

  @Test
  void givenAValidPhoneButOnlyAGivenName_whenJudgingCompleteness_thenPartialBecauseTheNameIsNotFull() {
    assertThat(Sender.of("Hậu", "0964 382 715", null, null).completeness()).isEqualTo(ContactCompleteness.PARTIAL);
  }

  @Test
  void givenAValidPhoneAndNoName_whenJudgingCompleteness_thenPartial() {
    assertThat(Sender.of(null, "0964 382 715", null, null).completeness()).isEqualTo(ContactCompleteness.PARTIAL);
  }

  @Test
  void givenNothing_whenJudgingCompleteness_thenNone() {
    assertThat(Sender.anonymous().completeness()).isEqualTo(ContactCompleteness.NONE);
  }

  @Test
  void givenOnlyBlanks_whenJudgingCompleteness_thenNoneBecauseBlanksAreAbsent() {
    Sender blanks = Sender.of("  ", " ", "", "\t");

    assertThat(blanks.completeness()).isEqualTo(ContactCompleteness.NONE);
    assertThat(blanks.name()).isEmpty();
  }

  @Test
  void givenOnlyFullDetails_whenAskingWhetherContactIsAllowed_thenOnlyFullAllowsIt() {
    assertThat(ContactCompleteness.FULL.allowsContact()).isTrue();
    assertThat(ContactCompleteness.PARTIAL.allowsContact()).isFalse();
    assertThat(ContactCompleteness.INVALID.allowsContact()).isFalse();
    assertThat(ContactCompleteness.NONE.allowsContact()).isFalse();
  }

  @Test
  void givenASender_whenMasking_thenNamePhoneAndEmailAreHiddenAndTheAddressKept() {
    Sender sender = Sender.of("Nông Văn Hậu", "0964 382 715", "hau.nong@gmail.com", "xã Hồng Việt");

    Sender masked = sender.masked();

    assertThat(masked.name()).contains("N*** V*** H***");
    assertThat(masked.phone()).contains("09******15");
    assertThat(masked.email()).contains("h***@gmail.com");
    assertThat(masked.address()).contains("xã Hồng Việt");
    assertThat(masked.toString()).doesNotContain("Nông", "Hậu", "382", "hau.nong");
  }

  @Test
  void givenAnAnonymousSender_whenMasking_thenStillAnonymous() {
    assertThat(Sender.anonymous().masked()).isEqualTo(Sender.anonymous());
  }

  @Test
  void givenAPhoneTooLong_whenCreatingTheSender_thenRefusedNamingTheField() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> Sender.of("Nông Văn Hậu", "0".repeat(41), null, null))
        .withMessageContaining("sender.phone");
  }
}
