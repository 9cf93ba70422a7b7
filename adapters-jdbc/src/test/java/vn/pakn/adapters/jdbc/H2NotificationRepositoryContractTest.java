package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractNotificationRepositoryContractTest;
import vn.pakn.application.port.out.NotificationRepository;

class H2NotificationRepositoryContractTest extends AbstractNotificationRepositoryContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.h2();

  @Override
  protected NotificationRepository repository() {
    return new JdbcNotificationRepository(DB.tx());
  }
}
