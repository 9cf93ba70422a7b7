package vn.pakn.application.fake;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.pakn.application.port.out.PetitionRepository;
import vn.pakn.application.port.out.VersionConflictException;
import vn.pakn.application.query.Cursor;
import vn.pakn.application.query.Page;
import vn.pakn.application.query.PetitionFilter;
import vn.pakn.application.query.PetitionSummary;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.text.VietnameseText;

/** The petition store in memory, with the same semantics the JDBC adapter must have. */
public final class InMemoryPetitionRepository implements PetitionRepository {

  static final Comparator<PetitionSummary> NEWEST_FIRST = Comparator.comparing(PetitionSummary::receivedAt)
      .thenComparing(s -> s.id().value()).reversed();

  private final Map<PetitionId, Petition> petitions = new LinkedHashMap<>();

  @Override
  public synchronized Petition add(Petition petition) {
    if (petitions.containsKey(petition.id())) {
      throw new IllegalStateException("Petition " + petition.id() + " exists");
    }
    Petition stored = Petition.builder().from(petition).version(1).build();
    petitions.put(stored.id(), stored);
    return stored;
  }

  @Override
  public synchronized Petition update(Petition petition) {
    Petition current = petitions.get(petition.id());
    if (current == null) {
      throw new IllegalStateException("Petition " + petition.id() + " does not exist");
    }
    if (current.version() != petition.version()) {
      throw new VersionConflictException("Phản ánh " + petition.id() + " đã được người khác cập nhật (phiên bản "
          + current.version() + ", thay đổi dựa trên phiên bản " + petition.version() + ")");
    }
    if (!petition.events().subList(0, current.events().size()).equals(current.events())) {
      throw new IllegalStateException("Petition history is append-only");
    }
    Petition stored = Petition.builder().from(petition).version(current.version() + 1).build();
    petitions.put(stored.id(), stored);
    return stored;
  }

  @Override
  public synchronized Optional<Petition> findById(PetitionId id) {
    return Optional.ofNullable(petitions.get(id));
  }

  @Override
  public synchronized Page<PetitionSummary> list(PetitionFilter filter) {
    List<PetitionSummary> matching = petitions.values().stream()
        .filter(matches(filter))
        .map(PetitionSummary::of)
        .sorted(NEWEST_FIRST)
        .filter(s -> filter.after().map(c -> isAfter(s, c)).orElse(true))
        .limit(filter.limit() + 1L)
        .collect(Collectors.toList());
    boolean more = matching.size() > filter.limit();
    List<PetitionSummary> page = more ? matching.subList(0, filter.limit()) : matching;
    return new Page<>(page, more ? Optional.of(Cursor.of(page.get(page.size() - 1)).encode()) : Optional.empty());
  }

  private static boolean isAfter(PetitionSummary s, Cursor c) {
    int byTime = s.receivedAt().compareTo(c.receivedAt());
    return byTime < 0 || (byTime == 0 && s.id().value().compareTo(c.id().value()) < 0);
  }

  @Override
  public synchronized Map<Status, Long> countByStatus(PetitionFilter filter) {
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    petitions.values().stream().filter(matches(filter)).forEach(p -> counts.merge(p.status(), 1L, Long::sum));
    return counts;
  }

  @Override
  public synchronized List<PetitionSummary> forwardedDueBy(LocalDate day) {
    return petitions.values().stream()
        .filter(p -> p.status() == Status.FORWARDED && !p.deadline().orElseThrow().isAfter(day))
        .map(PetitionSummary::of)
        .sorted(Comparator.comparing((PetitionSummary s) -> s.deadline().orElseThrow()).thenComparing(s -> s.id().value()))
        .collect(Collectors.toList());
  }

  /** All petitions, for the in-memory report. */
  public synchronized List<Petition> all() {
    return List.copyOf(petitions.values());
  }

  static Predicate<Petition> matches(PetitionFilter f) {
    Optional<String> text = f.foldedText();
    return p -> f.status().map(s -> s == p.status()).orElse(true)
        && f.sector().map(s -> p.sector().map(s::equals).orElse(false)).orElse(true)
        && f.assignee().map(p.assignee()::equals).orElse(true)
        && f.unit().map(u -> p.forwarding().map(fw -> fw.unit().equals(u)).orElse(false)).orElse(true)
        && f.overdue().map(o -> o == p.overdueOn(f.today())).orElse(true)
        && f.receivedFrom().map(d -> !p.receivedOn().isBefore(d)).orElse(true)
        && f.receivedTo().map(d -> !p.receivedOn().isAfter(d)).orElse(true)
        && (!f.receptionOnly() || p.passedToReception())
        && text.map(t -> VietnameseText.fold(p.title() + " " + p.content()).contains(t)).orElse(true);
  }
}
