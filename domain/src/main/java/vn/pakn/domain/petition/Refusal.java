package vn.pakn.domain.petition;

import static com.google.common.base.Preconditions.checkNotNull;

/** Why a step was not taken: a code for machines and a Vietnamese message for people. */
public record Refusal(Code code, String message) {

  /** The kinds of refusal; adapters map them to status codes in one place. */
  public enum Code {
    /** The actor's role may not take this step on this petition (R7). */
    FORBIDDEN,
    /** The step does not fit the petition's current stage. */
    WRONG_STAGE,
    /** A precondition of the rules is not met (contact, evidence, consent, opinion, signature …). */
    PRECONDITION,
    /** Input that is well-formed but not acceptable (a deadline on a holiday, an unknown unit …). */
    INVALID
  }

  public Refusal {
    checkNotNull(code, "code");
    checkNotNull(message, "message");
  }

  public static Refusal forbidden(String message) {
    return new Refusal(Code.FORBIDDEN, message);
  }

  public static Refusal wrongStage(String message) {
    return new Refusal(Code.WRONG_STAGE, message);
  }

  public static Refusal precondition(String message) {
    return new Refusal(Code.PRECONDITION, message);
  }

  public static Refusal invalid(String message) {
    return new Refusal(Code.INVALID, message);
  }
}
