package vn.pakn.application.contract;

import vn.pakn.application.fake.InMemoryAccountRepository;
import vn.pakn.application.port.out.AccountRepository;

class InMemoryAccountRepositoryContractTest extends AbstractAccountRepositoryContractTest {

  @Override
  protected AccountRepository repository() {
    return new InMemoryAccountRepository();
  }
}
