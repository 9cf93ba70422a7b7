package vn.pakn.application.port.out;

import java.time.LocalDate;
import vn.pakn.domain.report.PeriodReport;
import vn.pakn.domain.report.ReportPeriod;
import vn.pakn.domain.report.WorkingDayCounter;

/** Computes the R6 figures where the petitions are (by aggregation, never by loading every petition). */
@FunctionalInterface
public interface ReportQuery {

  PeriodReport report(ReportPeriod period, LocalDate asOf, WorkingDayCounter workingDays);
}
