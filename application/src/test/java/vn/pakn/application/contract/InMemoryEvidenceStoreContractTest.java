package vn.pakn.application.contract;

import vn.pakn.application.fake.InMemoryEvidenceStore;
import vn.pakn.application.port.out.EvidenceStore;

class InMemoryEvidenceStoreContractTest extends AbstractEvidenceStoreContractTest {

  @Override
  protected EvidenceStore store() {
    return new InMemoryEvidenceStore();
  }
}
