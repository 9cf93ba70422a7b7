package vn.pakn.domain.escalation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import vn.pakn.domain.roster.PersonId;

/** The leader's or deputy's opinion (cho ý kiến) on how to route a complex petition. */
public record Opinion(PersonId givenBy, String givenByName, Instant givenAt, String text) {

  public Opinion {
    checkNotNull(givenBy, "givenBy");
    checkNotNull(givenAt, "givenAt");
    checkArgument(text != null && !text.isBlank(), "Ý kiến không được để trống");
  }
}
