package vn.pakn.application.service;

import vn.pakn.application.port.in.Outcome;
import vn.pakn.application.port.in.ProduceReportUseCase;
import vn.pakn.application.port.in.Problem;
import vn.pakn.application.port.out.ReportQuery;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.deadline.WorkingCalendar;
import vn.pakn.domain.report.PeriodReport;
import vn.pakn.domain.report.ReportPeriod;

/** R6: monthly, quarterly and yearly reports for the working group's triage accounts. */
public final class ReportService implements ProduceReportUseCase {

  private final ReportQuery reports;
  private final District district;

  ReportService(ReportQuery reports, District district) {
    this.reports = reports;
    this.district = district;
  }

  @Override
  public Outcome<PeriodReport> produce(Actor actor, ReportPeriod period) {
    if (!actor.role().triage()) {
      return Outcome.failure(Problem.forbidden("Chỉ tài khoản của Tổ công tác xem báo cáo"));
    }
    WorkingCalendar calendar = district.rules().calendar();
    return Outcome.success(reports.report(period, district.today(), calendar::workingDaysBetween));
  }
}
