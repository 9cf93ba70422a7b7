package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractEvidenceStoreContractTest;
import vn.pakn.application.port.out.EvidenceStore;

class PostgresEvidenceStoreContractTest extends AbstractEvidenceStoreContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.postgres();

  @Override
  protected EvidenceStore store() {
    return new JdbcEvidenceStore(DB.tx());
  }
}
