package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractAccountRepositoryContractTest;
import vn.pakn.application.port.out.AccountRepository;

class H2AccountRepositoryContractTest extends AbstractAccountRepositoryContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.h2();

  @Override
  protected AccountRepository repository() {
    return new JdbcAccountRepository(DB.tx());
  }
}
