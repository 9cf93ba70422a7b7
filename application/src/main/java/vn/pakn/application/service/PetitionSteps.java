package vn.pakn.application.service;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import vn.pakn.application.port.in.Outcome;
import vn.pakn.application.port.in.Problem;
import vn.pakn.application.port.out.PetitionRepository;
import vn.pakn.application.port.out.TransactionRunner;
import vn.pakn.application.port.out.VersionConflictException;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Moment;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionAccess;
import vn.pakn.domain.petition.PetitionAction;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.StepResult;

/**
 * The one way a step changes a petition: in one transaction, load it, hide it from those who may not see
 * it, check the version the user saw, ask the domain, save, then run the follow-up (notifications).
 */
final class PetitionSteps {

  /** What happens after an accepted step, inside the same transaction. */
  @FunctionalInterface
  interface FollowUp {
    void after(Petition saved, Moment when);
  }

  private final PetitionRepository petitions;
  private final TransactionRunner transactions;
  private final District district;

  PetitionSteps(PetitionRepository petitions, TransactionRunner transactions, District district) {
    this.petitions = petitions;
    this.transactions = transactions;
    this.district = district;
  }

  Outcome<Petition> run(Actor actor, PetitionId id, OptionalLong expectedVersion,
      BiFunction<Petition, Moment, StepResult> step, FollowUp followUp) {
    try {
      return transactions.inTransaction(() -> {
        Outcome<Petition> found = load(actor, id);
        if (!found.succeeded()) {
          return found;
        }
        Petition petition = found.orElseThrow();
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != petition.version()) {
          return Outcome.failure(conflict(id));
        }
        Moment now = district.now();
        StepResult result = step.apply(petition, now);
        if (result instanceof StepResult.Refused refused) {
          return Outcome.failure(Problem.from(refused.refusal()));
        }
        Petition saved = petitions.update(((StepResult.Accepted) result).petition());
        followUp.after(saved, now);
        return Outcome.success(masked(saved));
      });
    } catch (VersionConflictException e) {
      return Outcome.failure(conflict(id));
    }
  }

  /** The petition if it exists and the actor may see it; otherwise not found (its existence is not revealed). */
  Outcome<Petition> load(Actor actor, PetitionId id) {
    Optional<Petition> found = petitions.findById(id);
    if (found.isEmpty() || !PetitionAccess.allowed(actor, PetitionAction.VIEW, found.get())) {
      return Outcome.failure(Problem.notFound("Không tìm thấy phản ánh " + id));
    }
    return Outcome.success(found.get());
  }

  static Problem conflict(PetitionId id) {
    return Problem.of(Problem.Kind.CONFLICT, "Phản ánh " + id
        + " vừa được người khác cập nhật. Hãy tải lại trang để xem thay đổi rồi thực hiện lại.");
  }

  /** The petition with the sender's personal data masked, as it leaves the application. */
  static Petition masked(Petition p) {
    return Petition.builder().from(p).sender(p.sender().masked()).build();
  }
}
