package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractPetitionRepositoryContractTest;
import vn.pakn.application.port.out.PetitionRepository;

class PostgresPetitionRepositoryContractTest extends AbstractPetitionRepositoryContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.postgres();

  @Override
  protected PetitionRepository repository() {
    return new JdbcPetitionRepository(DB.tx());
  }
}
