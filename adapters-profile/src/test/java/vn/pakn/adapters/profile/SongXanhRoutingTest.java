package vn.pakn.adapters.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.roster.SectorKind;
import vn.pakn.domain.routing.PetitionText;
import vn.pakn.domain.routing.Router;
import vn.pakn.domain.routing.RoutingDecision;

/** An invented district: nothing of Hòa An is hard-wired, its own people and merged sectors route. */
class SongXanhRoutingTest {

  private static final PetitionText POWER_CUT = PetitionText.of("Mất điện cả ngày", "Xóm tôi mất điện từ sáng", null);

  private final DistrictProfile songXanh = read();
  private final Router router = Router.of(songXanh.roster());

  private static DistrictProfile read() {
    try (InputStream in = SongXanhRoutingTest.class.getResourceAsStream("/song-xanh.json")) {
      return DistrictProfileReader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void givenSamePowerCutPetition_whenRoutedInEachDistrict_thenEachDistrictsOwnPowerOwner() {
    RoutingDecision inSongXanh = router.route(POWER_CUT);
    RoutingDecision inHoaAn = Router.of(DistrictProfileReader.hoaAn().roster()).route(POWER_CUT);

    assertThat(inSongXanh.sector()).contains(SectorCode.of("ha-tang"));
    assertThat(inSongXanh.assignee()).isEqualTo(PersonId.of("lethibich"));
    assertThat(inHoaAn.sector()).contains(SectorCode.of("dien"));
    assertThat(inHoaAn.assignee()).isEqualTo(PersonId.of("lamngocbien"));
  }

  @Test
  void givenHintNamingAMergedSectorByAlias_whenRouting_thenTheMergedSector() {
    RoutingDecision decision = router.route(PetitionText.of("Xin hỏi", "Đề nghị xem xét giúp", "Nước"));

    assertThat(decision.sector()).contains(SectorCode.of("ha-tang"));
    assertThat(decision.explanation()).startsWith("Lĩnh vực Hạ tầng kỹ thuật (điện, nước, giao thông)");
  }

  @Test
  void givenComplaint_whenRouting_thenTheMergedComplaintSectorOwner() {
    RoutingDecision decision = router.route(PetitionText.of("Khiếu nại", "Tôi khiếu nại quyết định của UBND xã", null));

    assertThat(decision.kind()).isEqualTo(SectorKind.COMPLAINT);
    assertThat(decision.assignee()).isEqualTo(PersonId.of("tranquoccuong"));
  }

  @Test
  void givenUnplaceablePetition_whenRouting_thenThisDistrictsLeader() {
    RoutingDecision decision = router.route(PetitionText.of("Hỏi thăm", "Cho tôi hỏi một việc", null));

    assertThat(decision.placed()).isFalse();
    assertThat(decision.assignee()).isEqualTo(PersonId.of("phamvanan"));
    assertThat(decision.explanation()).contains("Phạm Văn An");
  }
}
