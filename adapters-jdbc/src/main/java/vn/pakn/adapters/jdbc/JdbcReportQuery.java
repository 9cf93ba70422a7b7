package vn.pakn.adapters.jdbc;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import vn.pakn.application.port.out.ReportQuery;
import vn.pakn.domain.report.Outcome;
import vn.pakn.domain.report.PeriodReport;
import vn.pakn.domain.report.ReportPeriod;
import vn.pakn.domain.report.WorkingDayCounter;

/**
 * R6 figures by SQL aggregation. Counts are grouped in the database; working-day averages are computed over
 * the distinct (from, to) day pairs the database groups, weighted by their counts, so no petition row is
 * ever loaded. Agrees exactly with the domain's {@code ReportCalculator}.
 */
public final class JdbcReportQuery implements ReportQuery {

  private final JdbcTransactionRunner tx;

  public JdbcReportQuery(JdbcTransactionRunner tx) {
    this.tx = tx;
  }

  @Override
  public PeriodReport report(ReportPeriod period, LocalDate asOf, WorkingDayCounter workingDays) {
    LocalDate judgedOn = asOf.isBefore(period.end()) ? asOf : period.end();
    LocalDate start = period.start();
    LocalDate end = period.end();
    return tx.withConnection(c -> {
      Map<String, Long> bySector = new TreeMap<>();
      Map<String, Long> byMember = new TreeMap<>();
      Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
      long[] received = {0};
      Sql.query(c, "select sector, assignee, outcome, count(*) from petition where received_on between ? and ?"
          + " group by sector, assignee, outcome", rs -> {
            long n = rs.getLong(4);
            String sector = rs.getString(1);
            bySector.merge(sector == null ? PeriodReport.UNPLACED : sector, n, Long::sum);
            byMember.merge(rs.getString(2), n, Long::sum);
            byOutcome.merge(Outcome.valueOf(rs.getString(3)), n, Long::sum);
            received[0] += n;
            return null;
          }, start, end);

      Map<String, Long> byUnit = new TreeMap<>();
      long[] judged = {0, 0, 0};
      Sql.query(c, "select unit, count(*),"
              + " sum(case when unit_answered_on <= ? and unit_answered_on <= deadline then 1 else 0 end),"
              + " sum(case when unit_answered_on <= ? and unit_answered_on > deadline then 1 else 0 end),"
              + " sum(case when (unit_answered_on is null or unit_answered_on > ?) and deadline < ? then 1 else 0 end)"
              + " from petition where forwarded_on between ? and ? group by unit", rs -> {
            byUnit.put(rs.getString(1), rs.getLong(2));
            judged[0] += rs.getLong(3);
            judged[1] += rs.getLong(4);
            judged[2] += rs.getLong(5);
            return null;
          }, judgedOn, judgedOn, judgedOn, judgedOn, start, end);
      long forwarded = byUnit.values().stream().mapToLong(Long::longValue).sum();

      // working days are the calendar's business: count them once per distinct pair of days
      long[] toForward = {0, 0};
      long[] toAnswer = {0, 0};
      Sql.query(c, "select received_on, forwarded_on, unit_answered_on, count(*) from petition"
          + " where forwarded_on between ? and ? group by received_on, forwarded_on, unit_answered_on", rs -> {
            long n = rs.getLong(4);
            LocalDate forwardedOn = rs.getObject(2, LocalDate.class);
            toForward[0] += n * workingDays.workingDaysBetween(rs.getObject(1, LocalDate.class), forwardedOn);
            toForward[1] += n;
            LocalDate answeredOn = rs.getObject(3, LocalDate.class);
            if (answeredOn != null) {
              toAnswer[0] += n * workingDays.workingDaysBetween(forwardedOn, answeredOn);
              toAnswer[1] += n;
            }
            return null;
          }, start, end);

      return new PeriodReport(period, received[0], bySector, byMember, byUnit, byOutcome, forwarded, judged[0],
          judged[1], judged[2], average(toForward), average(toAnswer));
    });
  }

  private static OptionalDouble average(long[] sumAndCount) {
    return sumAndCount[1] == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sumAndCount[0] / sumAndCount[1]);
  }
}
