package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractDelegationRepositoryContractTest;
import vn.pakn.application.port.out.DelegationRepository;

class H2DelegationRepositoryContractTest extends AbstractDelegationRepositoryContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.h2();

  @Override
  protected DelegationRepository repository() {
    return new JdbcDelegationRepository(DB.tx());
  }
}
