package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractPersonalDataAccessLogContractTest;
import vn.pakn.application.port.out.PersonalDataAccessLog;

class PostgresPersonalDataAccessLogContractTest extends AbstractPersonalDataAccessLogContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.postgres();

  @Override
  protected PersonalDataAccessLog log() {
    return new JdbcPersonalDataAccessLog(DB.tx());
  }
}
