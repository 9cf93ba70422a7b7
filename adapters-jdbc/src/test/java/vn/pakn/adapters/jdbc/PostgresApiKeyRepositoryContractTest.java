package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractApiKeyRepositoryContractTest;
import vn.pakn.application.port.out.ApiKeyRepository;

class PostgresApiKeyRepositoryContractTest extends AbstractApiKeyRepositoryContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.postgres();

  @Override
  protected ApiKeyRepository repository() {
    return new JdbcApiKeyRepository(DB.tx());
  }
}
