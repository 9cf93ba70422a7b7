package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.roster.SectorCode;

/**
 * The public read of petitions, for open standards such as Open311 whose reads need no account: no actor,
 * and every petition leaves with the sender's name, phone and e-mail removed, and without the internal
 * working material (contact attempts, evidence, opinions, the forwarding document, answers' texts).
 */
public interface ListPublicRequestsUseCase {

  /** Newest first, at most {@code query.limit()} petitions. */
  List<Petition> list(PublicRequestsQuery query);

  /**
   * Which petitions: by id (any of them; empty = all), sectors (any of them; empty = all), received in
   * [{@code from}, {@code to}] (inclusive), status among {@code statuses} (empty = any), at most {@code limit}.
   */
  record PublicRequestsQuery(List<PetitionId> ids, Set<SectorCode> sectors, Optional<Instant> from,
      Optional<Instant> to, Set<Status> statuses, int limit) {

    public static final int MAX_LIMIT = 1000;
    public static final int MAX_IDS = 200;

    public PublicRequestsQuery {
      ids = ids == null ? List.of() : List.copyOf(ids);
      checkArgument(ids.size() <= MAX_IDS, "service_request_id: tối đa %s mã", MAX_IDS);
      sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
      from = from == null ? Optional.empty() : from;
      to = to == null ? Optional.empty() : to;
      statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
      checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit: phải từ 1 đến %s", MAX_LIMIT);
      if (from.isPresent() && to.isPresent()) {
        checkArgument(!to.get().isBefore(from.get()), "end_date: trước start_date");
      }
    }

    public boolean matches(Petition p) {
      return (ids.isEmpty() || ids.contains(p.id()))
          && (sectors.isEmpty() || p.sector().map(sectors::contains).orElse(false))
          && from.map(f -> !p.receivedAt().isBefore(f)).orElse(true)
          && to.map(t -> !p.receivedAt().isAfter(t)).orElse(true)
          && (statuses.isEmpty() || statuses.contains(p.status()));
    }
  }
}
