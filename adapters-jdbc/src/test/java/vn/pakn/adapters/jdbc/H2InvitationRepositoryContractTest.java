package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractInvitationRepositoryContractTest;
import vn.pakn.application.port.out.InvitationRepository;

class H2InvitationRepositoryContractTest extends AbstractInvitationRepositoryContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.h2();

  @Override
  protected InvitationRepository repository() {
    return new JdbcInvitationRepository(DB.tx());
  }
}
