package vn.pakn.application.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.roster.SectorKind;

/** A petition as the inbox lists it: no content, no personal data. */
public record PetitionSummary(
    PetitionId id,
    String title,
    Status status,
    Optional<SectorCode> sector,
    SectorKind kind,
    PersonId assignee,
    Optional<UnitId> unit,
    Instant receivedAt,
    LocalDate receivedOn,
    Optional<LocalDate> deadline,
    boolean complex) {

  public static PetitionSummary of(Petition p) {
    return new PetitionSummary(p.id(), p.title(), p.status(), p.sector(), p.kind(), p.assignee(),
        p.forwarding().map(f -> f.unit()), p.receivedAt(), p.receivedOn(), p.deadline(), p.complex());
  }

  /** Forwarded, unanswered and past its deadline on that day (R5). */
  public boolean overdueOn(LocalDate day) {
    return status == Status.FORWARDED && deadline.map(day::isAfter).orElse(false);
  }
}
