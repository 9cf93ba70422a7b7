package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractReportArchiveContractTest;
import vn.pakn.application.port.out.ReportArchive;

class PostgresReportArchiveContractTest extends AbstractReportArchiveContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.postgres();

  @Override
  protected ReportArchive archive() {
    return new JdbcReportArchive(DB.tx());
  }
}
