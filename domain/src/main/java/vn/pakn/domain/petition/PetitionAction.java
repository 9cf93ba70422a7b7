package vn.pakn.domain.petition;

/** What someone may do with a petition; {@link PetitionAccess} says who may. */
public enum PetitionAction {
  VIEW,
  VIEW_SENDER,
  REASSIGN,
  TRIAGE,
  CLOSE,
  GIVE_OPINION,
  SIGN_DOCUMENT,
  ANSWER_AS_RECEPTION,
  ANSWER_AS_UNIT
}
