package vn.pakn.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import vn.pakn.application.port.in.ListPublicRequestsUseCase;
import vn.pakn.application.port.out.PetitionRepository;
import vn.pakn.application.query.Cursor;
import vn.pakn.application.query.Page;
import vn.pakn.application.query.PetitionFilter;
import vn.pakn.application.query.PetitionSummary;
import vn.pakn.domain.petition.Channel;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.verification.Sender;

/**
 * The public read (see {@link ListPublicRequestsUseCase}): pages through the store with the filters it can
 * apply (sector, received days, one status), checks the exact ones on each petition, and strips what is not
 * public. The address survives only on Open311 requests, where the spec publishes it as the problem's
 * location; on other channels it is the sender's own address and is removed.
 */
public final class PublicRequestsService implements ListPublicRequestsUseCase {

  private static final Comparator<Petition> NEWEST_FIRST = Comparator.comparing(Petition::receivedAt)
      .thenComparing(p -> p.id().value()).reversed();

  private final PetitionRepository petitions;
  private final District district;
  private final ZoneId zone;

  PublicRequestsService(PetitionRepository petitions, District district, ZoneId zone) {
    this.petitions = petitions;
    this.district = district;
    this.zone = zone;
  }

  @Override
  public List<Petition> list(PublicRequestsQuery query) {
    List<Petition> out = new ArrayList<>();
    if (!query.ids().isEmpty()) {
      for (PetitionId id : new LinkedHashSet<>(query.ids())) {
        petitions.findById(id).filter(query::matches).ifPresent(out::add);
      }
      out.sort(NEWEST_FIRST);
      return out.stream().limit(query.limit()).map(PublicRequestsService::publicView).toList();
    }
    Optional<Status> oneStatus = query.statuses().size() == 1 ? query.statuses().stream().findFirst()
        : Optional.empty();
    Optional<SectorCode> oneSector = query.sectors().size() == 1 ? query.sectors().stream().findFirst()
        : Optional.empty();
    PetitionFilter filter = new PetitionFilter(oneStatus, oneSector, Optional.empty(), Optional.empty(),
        Optional.empty(), query.from().map(this::day), query.to().map(this::day), Optional.empty(), false,
        district.today(), Optional.empty(), PetitionFilter.MAX_LIMIT);
    while (out.size() < query.limit()) {
      Page<PetitionSummary> page = petitions.list(filter);
      for (PetitionSummary s : page.items()) {
        if (out.size() < query.limit() && (query.statuses().isEmpty() || query.statuses().contains(s.status()))
            && (query.sectors().isEmpty() || s.sector().map(query.sectors()::contains).orElse(false))) {
          petitions.findById(s.id()).filter(query::matches).map(PublicRequestsService::publicView)
              .ifPresent(out::add);
        }
      }
      if (page.nextCursor().isEmpty() || page.items().isEmpty()) {
        break;
      }
      filter = filter.after(Cursor.decode(page.nextCursor().get()), PetitionFilter.MAX_LIMIT);
    }
    return out;
  }

  private LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, zone);
  }

  /** What may be published: no name, phone or e-mail, no working material. */
  static Petition publicView(Petition p) {
    Optional<String> location = p.channel() == Channel.OPEN311 ? p.sender().address() : Optional.empty();
    return Petition.builder().from(p)
        .sender(new Sender(Optional.empty(), Optional.empty(), Optional.empty(), location))
        .contactAttempts(List.of())
        .evidence(List.of())
        .verificationNote(Optional.empty())
        .opinionRequests(List.of())
        .document(Optional.empty())
        .receptionAnswer(Optional.empty())
        .guidance(Optional.empty())
        .unitAnswer(Optional.empty())
        .citizenReply(Optional.empty())
        .build();
  }
}
