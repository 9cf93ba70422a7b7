package vn.pakn.application.port.in;

import vn.pakn.domain.access.Actor;
import vn.pakn.domain.report.PeriodReport;
import vn.pakn.domain.report.ReportPeriod;

/** R6: the monthly, quarterly or yearly report, for the working group's triage accounts. */
public interface ProduceReportUseCase {

  Outcome<PeriodReport> produce(Actor actor, ReportPeriod period);
}
