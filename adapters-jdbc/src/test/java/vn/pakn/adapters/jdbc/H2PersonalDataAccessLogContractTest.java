package vn.pakn.adapters.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pakn.application.contract.AbstractPersonalDataAccessLogContractTest;
import vn.pakn.application.port.out.PersonalDataAccessLog;

class H2PersonalDataAccessLogContractTest extends AbstractPersonalDataAccessLogContractTest {

  @RegisterExtension
  static final TestDatabase DB = TestDatabase.h2();

  @Override
  protected PersonalDataAccessLog log() {
    return new JdbcPersonalDataAccessLog(DB.tx());
  }
}
