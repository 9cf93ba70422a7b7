package vn.pakn.domain.routing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.roster.SectorKind;

/**
 * The outcome of routing one petition (R1).
 *
 * @param sector the chosen sector; empty when no rule could place the petition
 * @param assignee the sector's owner, or the leader when {@code sector} is empty
 * @param kind whether it is a complaint, a denunciation or a corruption report (R2 case 3)
 * @param confidence from 0 (a guess) to 1 (certain)
 * @param explanation in Vietnamese, naming the words that decided it
 * @param otherSectors further sectors the text also clearly concerns, strongest first (a sign of complexity, R3)
 */
public record RoutingDecision(
    Optional<SectorCode> sector,
    PersonId assignee,
    SectorKind kind,
    double confidence,
    String explanation,
    List<SectorCode> otherSectors) {

  public RoutingDecision {
    checkNotNull(sector, "sector");
    checkNotNull(assignee, "assignee");
    checkNotNull(kind, "kind");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence %s", confidence);
    checkNotNull(explanation, "explanation");
    otherSectors = List.copyOf(otherSectors);
  }

  /** Whether a rule placed it; otherwise it waits for the leader to assign it by hand. */
  public boolean placed() {
    return sector.isPresent();
  }
}
