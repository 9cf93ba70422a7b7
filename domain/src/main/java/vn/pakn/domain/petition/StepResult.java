package vn.pakn.domain.petition;

import java.util.function.Function;

/** The outcome of a step on a petition: the changed petition with its new event, or a refusal. */
public sealed interface StepResult permits StepResult.Accepted, StepResult.Refused {

  record Accepted(Petition petition, PetitionEvent event) implements StepResult {}

  record Refused(Refusal refusal) implements StepResult {}

  static StepResult refused(Refusal refusal) {
    return new Refused(refusal);
  }

  default boolean accepted() {
    return this instanceof Accepted;
  }

  /** Chains a further step when this one was accepted. */
  default StepResult then(Function<Petition, StepResult> next) {
    return this instanceof Accepted a ? next.apply(a.petition()) : this;
  }
}
