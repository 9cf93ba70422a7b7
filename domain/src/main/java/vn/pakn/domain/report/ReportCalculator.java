package vn.pakn.domain.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * R6 computed over petition facts in memory: the reference the database's SQL aggregation must agree with.
 */
public final class ReportCalculator {

  private final WorkingDayCounter workingDays;

  public ReportCalculator(WorkingDayCounter workingDays) {
    this.workingDays = workingDays;
  }

  /**
   * @param asOf the day the report is made: petitions not answered by then and past their deadline are overdue
   */
  public PeriodReport compute(ReportPeriod period, List<PetitionFacts> all, LocalDate asOf) {
    LocalDate judgedOn = asOf.isBefore(period.end()) ? asOf : period.end();
    List<PetitionFacts> received = all.stream().filter(f -> period.contains(f.receivedOn())).collect(Collectors.toList());
    Map<String, Long> bySector = new TreeMap<>(received.stream().collect(Collectors.groupingBy(
        f -> f.sector().map(Object::toString).orElse(PeriodReport.UNPLACED), Collectors.counting())));
    Map<String, Long> byMember = new TreeMap<>(received.stream().collect(Collectors.groupingBy(
        f -> f.assignee().value(), Collectors.counting())));
    Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
    received.forEach(f -> byOutcome.merge(f.outcome(), 1L, Long::sum));

    List<PetitionFacts> forwarded = all.stream()
        .filter(f -> f.forwardedOn().map(period::contains).orElse(false)).collect(Collectors.toList());
    Map<String, Long> byUnit = new TreeMap<>(forwarded.stream().collect(Collectors.groupingBy(
        f -> f.unit().orElseThrow().value(), Collectors.counting())));
    long onTime = 0;
    long late = 0;
    long overdue = 0;
    for (PetitionFacts f : forwarded) {
      LocalDate deadline = f.deadline().orElseThrow();
      if (f.unitAnsweredOn().isPresent() && !f.unitAnsweredOn().get().isAfter(judgedOn)) {
        if (f.unitAnsweredOn().get().isAfter(deadline)) {
          late++;
        } else {
          onTime++;
        }
      } else if (judgedOn.isAfter(deadline)) {
        overdue++;
      }
    }
    OptionalDouble toForward = forwarded.stream()
        .mapToInt(f -> workingDays.workingDaysBetween(f.receivedOn(), f.forwardedOn().orElseThrow())).average();
    OptionalDouble toAnswer = forwarded.stream().filter(f -> f.unitAnsweredOn().isPresent())
        .mapToInt(f -> workingDays.workingDaysBetween(f.forwardedOn().orElseThrow(), f.unitAnsweredOn().get()))
        .average();
    return new PeriodReport(period, received.size(), bySector, byMember, byUnit, byOutcome, forwarded.size(), onTime,
        late, overdue, toForward, toAnswer);
  }
}
