package vn.pakn.domain.report;

import java.time.LocalDate;

/** Counts working days in (from, to]; the deadline calendar provides it. */
@FunctionalInterface
public interface WorkingDayCounter {
  int workingDaysBetween(LocalDate from, LocalDate to);
}
