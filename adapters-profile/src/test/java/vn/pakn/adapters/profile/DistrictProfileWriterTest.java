package vn.pakn.adapters.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.district.DistrictProfile;

class DistrictProfileWriterTest {

  private static DistrictProfile roundTrip(DistrictProfile p) {
    return DistrictProfileReader.read(new ByteArrayInputStream(
        DistrictProfileWriter.write(p).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void givenHoaAnProfile_whenWrittenAndReadBack_thenEqual() {
    DistrictProfile hoaAn = DistrictProfileReader.hoaAn();
    assertThat(roundTrip(hoaAn)).isEqualTo(hoaAn);
  }

  @Test
  void givenAnotherDistrict_whenWrittenAndReadBack_thenEqual() throws Exception {
    DistrictProfile songXanh = DistrictProfileReader.read(
        java.nio.file.Path.of(DistrictProfileWriterTest.class.getResource("/song-xanh.json").toURI()));
    assertThat(roundTrip(songXanh)).isEqualTo(songXanh);
  }
}
