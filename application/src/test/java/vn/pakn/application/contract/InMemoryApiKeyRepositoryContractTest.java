package vn.pakn.application.contract;

import vn.pakn.application.fake.InMemoryApiKeyRepository;
import vn.pakn.application.port.out.ApiKeyRepository;

class InMemoryApiKeyRepositoryContractTest extends AbstractApiKeyRepositoryContractTest {

  @Override
  protected ApiKeyRepository repository() {
    return new InMemoryApiKeyRepository();
  }
}
