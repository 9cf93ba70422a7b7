package vn.pakn.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.fixtures.DistrictFixtures;

/**
 * The profile is read on every request, so the repository keeps it decoded: the same instance while unchanged
 * (the application keeps its router as long as the instance is the same), this instance's change at once,
 * another instance's within a second.
 */
class H2ProfileCacheTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.h2();

  @Test
  void givenTwoInstances_whenOneReplacesTheProfile_thenItSeesItAtOnceAndTheOtherWithinASecond() throws Exception {
    DistrictProfile initial = DistrictFixtures.profile();
    JdbcProfileRepository first = new JdbcProfileRepository(DB.tx(), new TestProfileCodec(), initial);
    JdbcProfileRepository second = new JdbcProfileRepository(DB.tx(), new TestProfileCodec(), initial);
    first.replace(initial);
    DistrictProfile seenBySecond = second.current();
    assertThat(second.current()).isSameAs(seenBySecond);

    DistrictProfile renamed = DistrictProfile.builder().from(initial).districtName("Hòa An mới").build();
    first.replace(renamed);

    assertThat(first.current().districtName()).isEqualTo("Hòa An mới");
    Thread.sleep(JdbcProfileRepository.RECHECK_NANOS / 1_000_000 + 100);
    assertThat(second.current().districtName()).isEqualTo("Hòa An mới");
    DistrictProfile again = second.current();
    assertThat(second.current()).isSameAs(again);
  }
}
