package vn.pakn.application.port.out;

import vn.pakn.domain.district.DistrictProfile;

/** The district profile in force: roster, sectors, units, deadline rules and calendar. */
public interface ProfileRepository {

  DistrictProfile current();

  void replace(DistrictProfile profile);
}
