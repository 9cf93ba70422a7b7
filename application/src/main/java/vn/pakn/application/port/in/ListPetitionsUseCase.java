package vn.pakn.application.port.in;

import java.util.Map;
import vn.pakn.application.query.Page;
import vn.pakn.application.query.PetitionFilter;
import vn.pakn.application.query.PetitionSummary;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.Status;

/**
 * The inbox: each person sees what concerns them (a member their own petitions, a unit those forwarded
 * to it, the reception team those passed to it, the leader and deputy everything), filtered and paged.
 */
public interface ListPetitionsUseCase {

  Outcome<Inbox> list(Actor actor, PetitionFilter filter);

  /** One page and the counts per status of everything the filter matches. */
  record Inbox(Page<PetitionSummary> page, Map<Status, Long> countsByStatus) {}
}
