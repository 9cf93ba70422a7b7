package vn.pakn.adapters.jdbc;

import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.fixtures.DistrictFixtures;

/**
 * A codec for tests that keeps the profile's names (what the contract changes) on top of the fixture's roster
 * and units; bootstrap wires the real JSON profile format.
 */
final class TestProfileCodec implements ProfileCodec {

  @Override
  public String encode(DistrictProfile p) {
    return String.join("\n", p.districtName(), p.provinceName(), p.issuingBody(), p.documentSymbol());
  }

  @Override
  public DistrictProfile decode(String document) {
    String[] lines = document.split("\n", -1);
    return DistrictProfile.builder().from(DistrictFixtures.profile()).districtName(lines[0]).provinceName(lines[1])
        .issuingBody(lines[2]).documentSymbol(lines[3]).build();
  }
}
