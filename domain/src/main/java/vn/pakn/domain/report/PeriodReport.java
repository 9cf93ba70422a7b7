package vn.pakn.domain.report;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * R6: the group's work in a period. Counts petitions received in the period; on-time and overdue
 * figures concern petitions forwarded in the period, judged at the period's end (or today, if earlier).
 *
 * @param bySector sector code (or {@link #UNPLACED}) to count
 * @param byMember person id to count
 * @param byUnit unit id to count, forwarded petitions only
 * @param answeredOnTime forwarded and answered by the unit by the deadline
 * @param answeredLate answered after the deadline
 * @param overdue still unanswered and past the deadline
 * @param avgWorkingDaysToForward from receipt to forwarding
 * @param avgWorkingDaysToAnswer from forwarding to the unit's answer
 */
public record PeriodReport(
    ReportPeriod period,
    long received,
    Map<String, Long> bySector,
    Map<String, Long> byMember,
    Map<String, Long> byUnit,
    Map<Outcome, Long> byOutcome,
    long forwarded,
    long answeredOnTime,
    long answeredLate,
    long overdue,
    OptionalDouble avgWorkingDaysToForward,
    OptionalDouble avgWorkingDaysToAnswer) {

  /** The key under which petitions without a sector are counted. */
  public static final String UNPLACED = "-";

  public PeriodReport {
    bySector = Map.copyOf(bySector);
    byMember = Map.copyOf(byMember);
    byUnit = Map.copyOf(byUnit);
    byOutcome = Map.copyOf(byOutcome);
  }
}
