package vn.pakn.application.contract;

import vn.pakn.application.fake.InMemoryPetitionRepository;
import vn.pakn.application.fake.InMemoryReportQuery;

class InMemoryReportQueryContractTest extends AbstractReportQueryContractTest {

  @Override
  protected Stores stores() {
    InMemoryPetitionRepository petitions = new InMemoryPetitionRepository();
    return new Stores(petitions, new InMemoryReportQuery(petitions));
  }
}
