package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractInvitationRepositoryContractTest;
import vn.pakn.application.port.out.InvitationRepository;

class PostgresInvitationRepositoryContractTest extends AbstractInvitationRepositoryContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.postgres();

  @Override
  protected InvitationRepository repository() {
    return new JdbcInvitationRepository(DB.tx());
  }
}
