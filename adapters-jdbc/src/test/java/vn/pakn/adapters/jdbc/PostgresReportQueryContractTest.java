package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractReportQueryContractTest;

class PostgresReportQueryContractTest extends AbstractReportQueryContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.postgres();

  @Override
  protected Stores stores() {
    return new Stores(new JdbcPetitionRepository(DB.tx()), new JdbcReportQuery(DB.tx()));
  }
}
