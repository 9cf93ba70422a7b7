package vn.pakn.domain.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * One change in a petition's history: who, when, what. Append-only. The summary never holds the
 * sender's personal data.
 */
public record PetitionEvent(int sequence, EventType type, String actorAccount, String actorName, Instant at,
    String summary) {

  public PetitionEvent {
    checkArgument(sequence >= 1, "sequence");
    checkNotNull(type, "type");
    checkNotNull(actorAccount, "actorAccount");
    checkNotNull(actorName, "actorName");
    checkNotNull(at, "at");
    summary = summary == null ? "" : summary;
  }
}
