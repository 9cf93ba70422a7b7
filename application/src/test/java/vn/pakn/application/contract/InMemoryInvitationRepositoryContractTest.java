package vn.pakn.application.contract;

import vn.pakn.application.fake.InMemoryInvitationRepository;
import vn.pakn.application.port.out.InvitationRepository;

class InMemoryInvitationRepositoryContractTest extends AbstractInvitationRepositoryContractTest {

  @Override
  protected InvitationRepository repository() {
    return new InMemoryInvitationRepository();
  }
}
