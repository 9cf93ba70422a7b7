package vn.pakn.application.contract;

import vn.pakn.application.fake.InMemoryProfileRepository;
import vn.pakn.application.port.out.ProfileRepository;
import vn.pakn.domain.district.DistrictProfile;

class InMemoryProfileRepositoryContractTest extends AbstractProfileRepositoryContractTest {

  @Override
  protected ProfileRepository repository(DistrictProfile initial) {
    return new InMemoryProfileRepository(initial);
  }
}
