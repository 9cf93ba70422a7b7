package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractPetitionRepositoryContractTest;
import vn.pakn.application.port.out.PetitionRepository;

class H2PetitionRepositoryContractTest extends AbstractPetitionRepositoryContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.h2();

  @Override
  protected PetitionRepository repository() {
    return new JdbcPetitionRepository(DB.tx());
  }
}
