package vn.pakn.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.pakn.application.port.in.ManageDelegationUseCase;
import vn.pakn.application.port.in.Outcome;
import vn.pakn.application.port.in.Problem;
import vn.pakn.application.port.out.DelegationRepository;
import vn.pakn.application.port.out.TransactionRunner;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.access.AdministrationAccess;
import vn.pakn.domain.roster.Delegation;
import vn.pakn.domain.roster.PersonId;

/** Seed I.2: the leader delegates her powers to the deputy for a period. */
public final class DelegationService implements ManageDelegationUseCase {

  private final DelegationRepository delegations;
  private final TransactionRunner transactions;
  private final District district;

  DelegationService(DelegationRepository delegations, TransactionRunner transactions, District district) {
    this.delegations = delegations;
    this.transactions = transactions;
    this.district = district;
  }

  @Override
  public Outcome<Delegation> delegate(Actor actor, PersonId deputy, LocalDate validFrom, LocalDate validUntil) {
    Optional<String> denied = AdministrationAccess.mayDelegate(actor);
    if (denied.isPresent()) {
      return Outcome.failure(Problem.forbidden(denied.get()));
    }
    Delegation delegation;
    try {
      delegation = new Delegation(actor.person().orElseThrow(), deputy, validFrom, validUntil);
    } catch (IllegalArgumentException | NullPointerException e) {
      return Outcome.failure(Problem.invalid("validUntil: " + e.getMessage()));
    }
    Optional<String> unlawful = district.rules().roster().checkDelegation(delegation);
    if (unlawful.isPresent()) {
      return Outcome.failure(Problem.invalid("to: " + unlawful.get()));
    }
    transactions.inTransaction(() -> {
      delegations.add(delegation);
      return delegation;
    });
    return Outcome.success(delegation);
  }

  @Override
  public Outcome<Delegation> revoke(Actor actor, Delegation delegation) {
    Optional<String> denied = AdministrationAccess.mayDelegate(actor);
    if (denied.isPresent()) {
      return Outcome.failure(Problem.forbidden(denied.get()));
    }
    boolean removed = transactions.inTransaction(() -> delegations.remove(delegation));
    return removed ? Outcome.success(delegation) : Outcome.failure(Problem.notFound("Không có ủy quyền này"));
  }

  @Override
  public List<Delegation> list() {
    return delegations.all();
  }
}
