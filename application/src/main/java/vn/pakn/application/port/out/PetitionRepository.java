package vn.pakn.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.pakn.application.query.Page;
import vn.pakn.application.query.PetitionFilter;
import vn.pakn.application.query.PetitionSummary;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;

/** Stores petitions with their append-only event history. */
public interface PetitionRepository {

  /** Stores a new petition; returns it with version 1. */
  Petition add(Petition petition);

  /**
   * Stores a changed petition whose {@code version()} is the version it was loaded at, appending its new
   * events; returns it with the next version.
   *
   * @throws VersionConflictException when the stored version differs: another update won
   */
  Petition update(Petition petition);

  Optional<Petition> findById(PetitionId id);

  /** One page of the inbox, newest first, after the filter's cursor. */
  Page<PetitionSummary> list(PetitionFilter filter);

  /** How many petitions match the filter (cursor and limit ignored), per status. */
  Map<Status, Long> countByStatus(PetitionFilter filter);

  /** Forwarded petitions still waiting for the unit whose deadline is on or before {@code day}. */
  List<PetitionSummary> forwardedDueBy(LocalDate day);
}
