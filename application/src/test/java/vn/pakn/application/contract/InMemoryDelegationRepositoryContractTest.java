package vn.pakn.application.contract;

import vn.pakn.application.fake.InMemoryDelegationRepository;
import vn.pakn.application.port.out.DelegationRepository;

class InMemoryDelegationRepositoryContractTest extends AbstractDelegationRepositoryContractTest {

  @Override
  protected DelegationRepository repository() {
    return new InMemoryDelegationRepository();
  }
}
