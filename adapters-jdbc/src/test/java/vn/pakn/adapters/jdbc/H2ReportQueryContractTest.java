package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractReportQueryContractTest;

class H2ReportQueryContractTest extends AbstractReportQueryContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.h2();

  @Override
  protected Stores stores() {
    return new Stores(new JdbcPetitionRepository(DB.tx()), new JdbcReportQuery(DB.tx()));
  }
}
