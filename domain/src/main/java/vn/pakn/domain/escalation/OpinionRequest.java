package vn.pakn.domain.escalation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import vn.pakn.domain.roster.PersonId;

/** A member's request (xin ý kiến) to the leader or deputy, and the opinion once given. */
public record OpinionRequest(PersonId requestedBy, Instant requestedAt, String question, Optional<Opinion> opinion) {

  public OpinionRequest {
    checkNotNull(requestedBy, "requestedBy");
    checkNotNull(requestedAt, "requestedAt");
    checkArgument(question != null && !question.isBlank(), "Nội dung xin ý kiến không được để trống");
    opinion = opinion == null ? Optional.empty() : opinion;
  }

  public boolean answered() {
    return opinion.isPresent();
  }

  public OpinionRequest answer(Opinion given) {
    return new OpinionRequest(requestedBy, requestedAt, question, Optional.of(given));
  }
}
