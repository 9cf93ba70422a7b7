package vn.pakn.application.port.in;

import java.time.LocalDate;
import java.util.List;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.roster.Delegation;
import vn.pakn.domain.roster.PersonId;

/** Seed I.2, R3: the leader delegates her powers to the deputy for a period, and may revoke it. */
public interface ManageDelegationUseCase {

  Outcome<Delegation> delegate(Actor actor, PersonId deputy, LocalDate validFrom, LocalDate validUntil);

  Outcome<Delegation> revoke(Actor actor, Delegation delegation);

  List<Delegation> list();
}
