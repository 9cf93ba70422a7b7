package vn.pakn.domain.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.pakn.domain.fixtures.DistrictFixtures.INFRASTRUCTURE;
import static vn.pakn.domain.fixtures.DistrictFixtures.POWER;
import static vn.pakn.domain.fixtures.DistrictFixtures.TRANSPORT;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.roster.SectorKind;
import vn.pakn.domain.routing.PetitionText;
import vn.pakn.domain.routing.RoutingDecision;

class ComplexityRulesTest {

  private final ComplexityRules rules = ComplexityRules.defaults();

  @Test
  void givenTwelveHouseholds_whenJudging_thenManyHouseholdsNamingTwelve() {
    assertThat(reasons("Đường vào xóm Nà Vài sạt lở, 12 hộ dân không đi lại được"))
        .singleElement().satisfies(r -> assertThat(r).contains("12").contains("hộ"));
  }

  @Test
  void givenTwelveHouseholdsWrittenWithoutDiacritics_whenJudging_thenTheSameReason() {
    assertThat(reasons("duong vao xom na vai sat lo, 12 ho dan khong di lai duoc"))
        .containsExactlyElementsOf(reasons("Đường vào xóm Nà Vài sạt lở, 12 hộ dân không đi lại được"));
  }

  @Test
  void givenFiveHouseholds_whenJudging_thenNotComplexBelowTheThreshold() {
    assertThat(reasons("Đường vào xóm sạt lở, 5 hộ dân không đi lại được")).isEmpty();
  }

  @Test
  void givenAWholeHamlet_whenJudging_thenManyHouseholdsWithoutANumber() {
    assertThat(reasons("Cả xóm mất nước sinh hoạt")).containsExactly("Ảnh hưởng đến nhiều hộ dân");
  }

  @Test
  void givenSixtyMillionDong_whenJudging_thenLargeSum() {
    assertThat(reasons("Bị thu 60 triệu đồng tiền đền bù")).containsExactly("Số tiền lớn (khoảng 60.000.000 đồng)");
  }

  @Test
  void givenOnePointTwoBillionWithAComma_whenJudging_thenLargeSumOfOnePointTwoBillion() {
    assertThat(reasons("Dự án 1,2 tỷ chậm tiến độ")).containsExactly("Số tiền lớn (khoảng 1.200.000.000 đồng)");
  }

  @Test
  void givenFiveHundredMillionInDigits_whenJudging_thenLargeSum() {
    assertThat(reasons("Công trình trị giá 500.000.000 đồng xuống cấp"))
        .containsExactly("Số tiền lớn (khoảng 500.000.000 đồng)");
  }

  @Test
  void givenFortyMillion_whenJudging_thenNotComplexBelowTheThreshold() {
    assertThat(reasons("Bị thu 40 triệu đồng tiền đền bù")).isEmpty();
  }

  @Test
  void givenSixtyMillionWithoutDiacritics_whenJudging_thenLargeSum() {
    assertThat(reasons("bi thu 60 trieu dong tien den bu")).containsExactly("Số tiền lớn (khoảng 60.000.000 đồng)");
  }

  @Test
  void givenAnOfficialExtortingMoney_whenJudging_thenComplaintAboutOfficials() {
    assertThat(reasons("Cán bộ địa chính xã gây khó dễ, vòi tiền khi làm sổ đỏ"))
        .containsExactly("Phản ánh về sai phạm của cán bộ, công chức");
  }

  @Test
  void givenAnOfficialExtortingMoneyWithoutDiacritics_whenJudging_thenComplaintAboutOfficials() {
    assertThat(reasons("can bo dia chinh xa gay kho de, voi tien khi lam so do"))
        .containsExactly("Phản ánh về sai phạm của cán bộ, công chức");
  }

  @Test
  void givenAnOfficialMentionedWithoutMisconduct_whenJudging_thenNotComplex() {
    assertThat(reasons("Cán bộ địa chính xã hướng dẫn tận tình")).isEmpty();
  }

  @Test
  void givenRoutingFoundOtherSectors_whenJudging_thenSeveralSectorsNamingThem() {
    List<String> reasons = rules.reasons(text("Mất điện và đường sạt lở"), routing(List.of(TRANSPORT)));

    assertThat(reasons).singleElement().satisfies(r -> assertThat(r)
        .startsWith("Liên quan nhiều lĩnh vực").contains(TRANSPORT.value()));
  }

  @Test
  void givenAPlainPowerCut_whenJudging_thenNoReasons() {
    assertThat(reasons("Mất điện ở xóm Nà Vài từ sáng nay, đề nghị Điện lực khắc phục")).isEmpty();
  }

  @Test
  void givenSeveralSigns_whenJudging_thenEveryReasonIsGiven() {
    List<String> reasons = rules.reasons(
        text("Chủ tịch xã nhận tiền của 15 hộ, tổng cộng 300 triệu đồng"), routing(List.of(TRANSPORT)));

    assertThat(reasons).hasSize(4);
  }

  @Test
  void givenCustomThresholds_whenJudging_thenTheyApply() {
    ComplexityRules strict = new ComplexityRules(3, 10_000_000L);

    assertThat(strict.reasons(text("5 hộ dân bị thu 20 triệu"), routing(List.of()))).hasSize(2);
  }

  @Test
  void givenThresholdsThatMakeNoSense_whenCreating_thenRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new ComplexityRules(1, 1));
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new ComplexityRules(10, 0));
  }

  private List<String> reasons(String content) {
    return rules.reasons(text(content), routing(List.of()));
  }

  private static PetitionText text(String content) {
    return PetitionText.of("Phản ánh", content, null);
  }

  private static RoutingDecision routing(List<SectorCode> others) {
    return new RoutingDecision(Optional.of(POWER), INFRASTRUCTURE, SectorKind.ORDINARY, 0.9, "Điện", others);
  }
}
