package vn.pakn.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.pakn.application.port.out.ProfileRepository;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.fixtures.DistrictFixtures;

/** What every {@link ProfileRepository} must do. */
public abstract class AbstractProfileRepositoryContractTest {

  /** A store with nothing saved yet, whose profile in force is {@code initial}. */
  protected abstract ProfileRepository repository(DistrictProfile initial);

  @Test
  void givenNothingSaved_whenAskingTheProfile_thenTheInitialOneIsInForce() {
    ProfileRepository repo = repository(DistrictFixtures.profile());

    assertThat(repo.current()).isEqualTo(DistrictFixtures.profile());
  }

  @Test
  void givenAReplacedProfile_whenReplacedAgain_thenTheLatestIsInForce() {
    ProfileRepository repo = repository(DistrictFixtures.profile());
    DistrictProfile haQuang = DistrictProfile.builder().from(DistrictFixtures.profile()).districtName("Hà Quảng")
        .issuingBody("UBND HUYỆN HÀ QUẢNG").build();
    DistrictProfile thachAn = DistrictProfile.builder().from(haQuang).districtName("Thạch An").build();

    repo.replace(haQuang);
    assertThat(repo.current()).isEqualTo(haQuang);
    repo.replace(thachAn);

    assertThat(repo.current()).isEqualTo(thachAn);
  }
}
