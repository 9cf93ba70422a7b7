package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractProfileRepositoryContractTest;
import vn.pakn.application.port.out.ProfileRepository;
import vn.pakn.domain.district.DistrictProfile;

class PostgresProfileRepositoryContractTest extends AbstractProfileRepositoryContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.postgres();

  @Override
  protected ProfileRepository repository(DistrictProfile initial) {
    return new JdbcProfileRepository(DB.tx(), new TestProfileCodec(), initial);
  }
}
