package vn.pakn.application.fake;

import vn.pakn.application.port.out.ProfileRepository;
import vn.pakn.domain.district.DistrictProfile;

/** The profile in force, in memory. */
public final class InMemoryProfileRepository implements ProfileRepository {

  private DistrictProfile profile;

  public InMemoryProfileRepository(DistrictProfile initial) {
    this.profile = initial;
  }

  @Override
  public synchronized DistrictProfile current() {
    return profile;
  }

  @Override
  public synchronized void replace(DistrictProfile next) {
    this.profile = next;
  }
}
