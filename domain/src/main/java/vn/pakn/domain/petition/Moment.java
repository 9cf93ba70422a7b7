package vn.pakn.domain.petition;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;

/** When a step happens: the instant, and the local working day it falls on in the district. */
public record Moment(Instant at, LocalDate day) {

  public Moment {
    checkNotNull(at, "at");
    checkNotNull(day, "day");
  }
}
