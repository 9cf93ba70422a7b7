package vn.pakn.domain.report;

import java.time.LocalDate;
import java.util.Optional;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.petition.Forwarding;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.SectorCode;

/** What the reports need to know of one petition. */
public record PetitionFacts(
    LocalDate receivedOn,
    Optional<SectorCode> sector,
    PersonId assignee,
    Optional<UnitId> unit,
    Outcome outcome,
    Optional<LocalDate> forwardedOn,
    Optional<LocalDate> deadline,
    Optional<LocalDate> unitAnsweredOn) {

  public static PetitionFacts of(Petition p) {
    return new PetitionFacts(
        p.receivedOn(),
        p.sector(),
        p.assignee(),
        p.forwarding().map(Forwarding::unit),
        Outcome.of(p.status(), p.forwarding().isPresent(), p.guidance().isPresent(), p.receptionAnswer().isPresent()
            || p.status() == vn.pakn.domain.petition.Status.UNREACHABLE),
        p.forwarding().map(Forwarding::forwardedOn),
        p.deadline(),
        p.unitAnswer().map(a -> a.on()));
  }
}
