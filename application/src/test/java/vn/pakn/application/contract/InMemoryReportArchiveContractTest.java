package vn.pakn.application.contract;

import vn.pakn.application.fake.InMemoryReportArchive;
import vn.pakn.application.port.out.ReportArchive;

class InMemoryReportArchiveContractTest extends AbstractReportArchiveContractTest {

  @Override
  protected ReportArchive archive() {
    return new InMemoryReportArchive();
  }
}
