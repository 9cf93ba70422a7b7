package vn.pakn.application.fake;

import java.time.LocalDate;
import java.util.stream.Collectors;
import vn.pakn.application.port.out.ReportQuery;
import vn.pakn.domain.report.PeriodReport;
import vn.pakn.domain.report.PetitionFacts;
import vn.pakn.domain.report.ReportCalculator;
import vn.pakn.domain.report.ReportPeriod;
import vn.pakn.domain.report.WorkingDayCounter;

/** The R6 report over the in-memory petitions, computed by the domain's reference calculator. */
public final class InMemoryReportQuery implements ReportQuery {

  private final InMemoryPetitionRepository petitions;

  public InMemoryReportQuery(InMemoryPetitionRepository petitions) {
    this.petitions = petitions;
  }

  @Override
  public PeriodReport report(ReportPeriod period, LocalDate asOf, WorkingDayCounter workingDays) {
    return new ReportCalculator(workingDays).compute(period,
        petitions.all().stream().map(PetitionFacts::of).collect(Collectors.toList()), asOf);
  }
}
