package vn.pakn.application.contract;

import vn.pakn.application.fake.InMemoryNotificationRepository;
import vn.pakn.application.port.out.NotificationRepository;

class InMemoryNotificationRepositoryContractTest extends AbstractNotificationRepositoryContractTest {

  @Override
  protected NotificationRepository repository() {
    return new InMemoryNotificationRepository();
  }
}
