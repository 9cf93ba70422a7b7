package vn.pakn.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.pakn.domain.roster.SectorKind;

class ComplaintGuidanceTest {

  @ParameterizedTest
  @EnumSource(value = SectorKind.class, names = {"COMPLAINT", "DENUNCIATION", "CORRUPTION"})
  void givenAComplaintLikeKind_whenReplying_thenTheReplyCitesTheThreeLaws(SectorKind kind) {
    String reply = ComplaintGuidance.replyFor(kind);

    assertThat(reply)
        .contains("Luật Khiếu nại năm 2011")
        .contains("Luật Tố cáo năm 2018")
        .contains("Luật Phòng, chống tham nhũng năm 2018")
        .contains("gửi đơn đến cơ quan, người có thẩm quyền");
  }

  @Test
  void givenEachKind_whenReplying_thenTheReplySaysWhatThePetitionIsAbout() {
    assertThat(ComplaintGuidance.replyFor(SectorKind.COMPLAINT)).contains("có nội dung khiếu nại,");
    assertThat(ComplaintGuidance.replyFor(SectorKind.DENUNCIATION)).contains("có nội dung tố cáo,");
    assertThat(ComplaintGuidance.replyFor(SectorKind.CORRUPTION))
        .contains("có nội dung liên quan đến phòng, chống tham nhũng");
  }
}
