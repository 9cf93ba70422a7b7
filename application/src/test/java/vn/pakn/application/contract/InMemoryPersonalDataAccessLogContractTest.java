package vn.pakn.application.contract;

import vn.pakn.application.fake.InMemoryPersonalDataAccessLog;
import vn.pakn.application.port.out.PersonalDataAccessLog;

class InMemoryPersonalDataAccessLogContractTest extends AbstractPersonalDataAccessLogContractTest {

  @Override
  protected PersonalDataAccessLog log() {
    return new InMemoryPersonalDataAccessLog();
  }
}
