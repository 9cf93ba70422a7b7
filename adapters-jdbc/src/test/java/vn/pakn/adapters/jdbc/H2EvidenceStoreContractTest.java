package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractEvidenceStoreContractTest;
import vn.pakn.application.port.out.EvidenceStore;

class H2EvidenceStoreContractTest extends AbstractEvidenceStoreContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.h2();

  @Override
  protected EvidenceStore store() {
    return new JdbcEvidenceStore(DB.tx());
  }
}
