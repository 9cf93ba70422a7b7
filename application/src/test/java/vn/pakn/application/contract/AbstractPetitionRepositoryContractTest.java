package vn.pakn.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.pakn.application.contract.ContractPetitions.answered;
import static vn.pakn.application.contract.ContractPetitions.forwarded;
import static vn.pakn.application.contract.ContractPetitions.guided;
import static vn.pakn.application.contract.ContractPetitions.morning;
import static vn.pakn.application.contract.ContractPetitions.power;
import static vn.pakn.application.contract.ContractPetitions.received;
import static vn.pakn.application.contract.ContractPetitions.unplaced;
import static vn.pakn.application.contract.ContractPetitions.unreachable;
import static vn.pakn.domain.fixtures.PetitionFixtures.accepted;
import static vn.pakn.domain.fixtures.PetitionFixtures.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.pakn.application.port.out.PetitionRepository;
import vn.pakn.application.port.out.VersionConflictException;
import vn.pakn.application.query.Cursor;
import vn.pakn.application.query.Page;
import vn.pakn.application.query.PetitionFilter;
import vn.pakn.application.query.PetitionSummary;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.petition.ContactMethod;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionEvent;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;

/** What every {@link PetitionRepository} must do; subclasses supply an empty store. */
public abstract class AbstractPetitionRepositoryContractTest {

  protected static final LocalDate JAN_9 = LocalDate.of(2020, 1, 9);
  private static final LocalDate TODAY = LocalDate.of(2020, 3, 2);

  /** An empty store. */
  protected abstract PetitionRepository repository();

  private PetitionFilter all() {
    return PetitionFilter.all(TODAY);
  }

  private static List<String> ids(Page<PetitionSummary> page) {
    return page.items().stream().map(s -> s.id().value()).collect(Collectors.toList());
  }

  private List<String> list(PetitionRepository repo, PetitionFilter filter) {
    return ids(repo.list(filter.withLimit(PetitionFilter.MAX_LIMIT)));
  }

  @Test
  void givenForwardedPetition_whenAddedAndLoaded_thenEveryFieldAndEventComesBackWithVersion1() {
    PetitionRepository repo = repository();
    Petition p = forwarded("p-1", morning(JAN_9, 0), DistrictFixtures.COMMUNE, morning(JAN_9, 3600),
        LocalDate.of(2020, 1, 23));

    Petition stored = repo.add(p);

    assertThat(stored.version()).isEqualTo(1);
    assertThat(repo.findById(p.id())).contains(Petition.builder().from(p).version(1).build());
    assertThat(repo.findById(PetitionId.of("missing"))).isEmpty();
  }

  @Test
  void givenStoredPetition_whenUpdated_thenNewEventsAreAppendedAndVersionMovesOn() {
    PetitionRepository repo = repository();
    Petition v1 = repo.add(power("p-1", morning(JAN_9, 0)));
    Actor member = DistrictFixtures.member(DistrictFixtures.INFRASTRUCTURE);
    Petition changed = accepted(v1.recordContactAttempt(member, ContactMethod.CALL, false, "Không nghe máy",
        at(morning(JAN_9, 60))));

    Petition v2 = repo.update(changed);

    assertThat(v2.version()).isEqualTo(2);
    Petition loaded = repo.findById(v1.id()).orElseThrow();
    assertThat(loaded).isEqualTo(v2);
    assertThat(loaded.events()).extracting(PetitionEvent::sequence).containsExactly(1, 2);
    assertThat(loaded.status()).isEqualTo(Status.CONTACTING);
  }

  @Test
  void givenTwoEditorsOfOneVersion_whenBothSave_thenTheSecondGetsAConflictAndTheFirstChangeStays() {
    PetitionRepository repo = repository();
    Petition v1 = repo.add(power("p-1", morning(JAN_9, 0)));
    Actor member = DistrictFixtures.member(DistrictFixtures.INFRASTRUCTURE);
    Petition first = accepted(v1.recordContactAttempt(member, ContactMethod.CALL, false, "lần 1", at(morning(JAN_9, 1))));
    Petition second = accepted(v1.recordContactAttempt(member, ContactMethod.EMAIL, false, "lần 2", at(morning(JAN_9, 2))));

    repo.update(first);

    assertThatExceptionOfType(VersionConflictException.class).isThrownBy(() -> repo.update(second));
    Petition stored = repo.findById(v1.id()).orElseThrow();
    assertThat(stored.contactAttempts()).extracting(a -> a.note()).containsExactly("lần 1");
    assertThat(stored.version()).isEqualTo(2);
  }

  @Test
  void givenRewrittenHistory_whenUpdated_thenRefusedAndNothingChanges() {
    PetitionRepository repo = repository();
    Petition v1 = repo.add(power("p-1", morning(JAN_9, 0)));
    PetitionEvent original = v1.events().get(0);
    Petition rewritten = Petition.builder().from(v1).events(List.of(new PetitionEvent(1, original.type(),
        original.actorAccount(), original.actorName(), original.at(), "sửa lịch sử"))).build();

    assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> repo.update(rewritten));
    assertThat(repo.findById(v1.id())).contains(v1);
  }

  @Test
  void givenManyThreadsEditingOnePetition_whenEachRetriesOnConflict_thenNoUpdateIsLost() throws Exception {
    PetitionRepository repo = repository();
    PetitionId id = repo.add(power("p-1", morning(JAN_9, 0))).id();
    Actor member = DistrictFixtures.member(DistrictFixtures.INFRASTRUCTURE);
    int threads = 4;
    int editsPerThread = 5;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> conflicts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      conflicts.add(pool.submit(() -> {
        start.await();
        int seen = 0;
        for (int e = 0; e < editsPerThread; e++) {
          String note = "t" + thread + "-e" + e;
          while (true) {
            Petition current = repo.findById(id).orElseThrow();
            Petition next = accepted(current.recordContactAttempt(member, ContactMethod.CALL, false, note,
                at(morning(JAN_9, 10 + e))));
            try {
              repo.update(next);
              break;
            } catch (VersionConflictException conflict) {
              seen++;
            }
          }
        }
        return seen;
      }));
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    for (Future<Integer> f : conflicts) {
      f.get();
    }

    Petition end = repo.findById(id).orElseThrow();
    Set<String> expected = new HashSet<>();
    for (int t = 0; t < threads; t++) {
      for (int e = 0; e < editsPerThread; e++) {
        expected.add("t" + t + "-e" + e);
      }
    }
    assertThat(end.contactAttempts()).extracting(a -> a.note()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(end.version()).isEqualTo(1 + threads * editsPerThread);
    assertThat(end.events()).extracting(PetitionEvent::sequence)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 1 + threads * editsPerThread).boxed()
            .collect(Collectors.toList()));
  }

  /** A small inbox with one petition for each filter to find. */
  private PetitionRepository inbox() {
    PetitionRepository repo = repository();
    repo.add(power("power-new", morning(JAN_9, 0)));
    repo.add(received("health", "Trạm y tế xã thiếu bác sĩ", "Trạm y tế xã Bình Long không có bác sĩ trực 100% đêm",
        DistrictFixtures.HEALTH, DistrictFixtures.SOCIAL, morning(JAN_9.minusDays(1), 0)));
    repo.add(unplaced("unplaced", morning(JAN_9.minusDays(2), 0)));
    repo.add(forwarded("fw-overdue", morning(LocalDate.of(2020, 2, 3), 0), DistrictFixtures.COMMUNE,
        morning(LocalDate.of(2020, 2, 3), 60), LocalDate.of(2020, 2, 17)));
    repo.add(forwarded("fw-due-later", morning(LocalDate.of(2020, 2, 20), 0), DistrictFixtures.POWER_COMPANY,
        morning(LocalDate.of(2020, 2, 20), 60), LocalDate.of(2020, 3, 5)));
    repo.add(answered("answered", morning(LocalDate.of(2020, 1, 20), 0), DistrictFixtures.COMMUNE,
        morning(LocalDate.of(2020, 1, 20), 60), LocalDate.of(2020, 2, 3), morning(LocalDate.of(2020, 2, 1), 0)));
    repo.add(unreachable("unreachable", morning(JAN_9.minusDays(3), 0)));
    repo.add(guided("guided", morning(JAN_9.minusDays(4), 0)));
    return repo;
  }

  @Test
  void givenInbox_whenFilteringByEachField_thenOnlyMatchingPetitionsAreListedNewestFirst() {
    PetitionRepository repo = inbox();

    assertThat(list(repo, all())).containsExactly("fw-due-later", "fw-overdue", "answered", "power-new", "health",
        "unplaced", "unreachable", "guided");
    assertThat(list(repo, all().withStatus(Status.FORWARDED))).containsExactly("fw-due-later", "fw-overdue");
    assertThat(list(repo, all().withSector(DistrictFixtures.HEALTH))).containsExactly("health");
    assertThat(list(repo, all().withAssignee(DistrictFixtures.LEADER))).containsExactly("unplaced");
    assertThat(list(repo, all().withUnit(DistrictFixtures.COMMUNE))).containsExactly("fw-overdue", "answered");
    assertThat(list(repo, all().withOverdue(true))).containsExactly("fw-overdue");
    assertThat(list(repo, all().withOverdue(false))).hasSize(7).doesNotContain("fw-overdue");
    assertThat(list(repo, all().withReceivedBetween(JAN_9.minusDays(2), JAN_9)))
        .containsExactly("power-new", "health", "unplaced");
    assertThat(list(repo, all().withReceptionOnly())).containsExactly("unreachable");
    assertThat(list(repo, all().withStatus(Status.FORWARDED).withUnit(DistrictFixtures.COMMUNE)))
        .containsExactly("fw-overdue");
  }

  @Test
  void givenInbox_whenSearchingFreeText_thenItMatchesWithOrWithoutDiacriticsAndWildcardsAreLiteral() {
    PetitionRepository repo = inbox();

    assertThat(list(repo, all().withText("bác sĩ"))).containsExactly("health");
    assertThat(list(repo, all().withText("bac si"))).containsExactly("health");
    assertThat(list(repo, all().withText("BÁC SĨ trực"))).containsExactly("health");
    assertThat(list(repo, all().withText("mat dien")))
        .containsExactly("fw-due-later", "fw-overdue", "answered", "power-new");
    assertThat(list(repo, all().withText("100%"))).containsExactly("health");
    assertThat(list(repo, all().withText("tram y te xa"))).containsExactly("health");
    assertThat(list(repo, all().withText("không có ở đâu cả"))).isEmpty();
  }

  @Test
  void givenManyPetitionsSomeAtTheSameInstant_whenPaging_thenEveryPetitionAppearsExactlyOnceNewestFirst() {
    PetitionRepository repo = repository();
    List<String> added = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      Instant when = morning(JAN_9, (i / 3) * 60); // three petitions per instant
      String id = "p-" + (char) ('a' + i);
      repo.add(power(id, when));
      added.add(id);
    }

    List<PetitionSummary> seen = new ArrayList<>();
    PetitionFilter filter = all().withLimit(4);
    int pages = 0;
    while (true) {
      Page<PetitionSummary> page = repo.list(filter);
      pages++;
      seen.addAll(page.items());
      if (page.nextCursor().isEmpty()) {
        break;
      }
      filter = filter.after(Cursor.decode(page.nextCursor().get()), 4);
    }

    assertThat(pages).isEqualTo(3);
    assertThat(seen).extracting(s -> s.id().value()).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(added);
    for (int i = 1; i < seen.size(); i++) {
      assertThat(seen.get(i).receivedAt()).isBeforeOrEqualTo(seen.get(i - 1).receivedAt());
    }
  }

  @Test
  void givenFilteredPaging_whenTheLastPageIsExactlyFull_thenThereIsNoEmptyNextPage() {
    PetitionRepository repo = inbox();

    Page<PetitionSummary> page = repo.list(all().withStatus(Status.FORWARDED).withLimit(2));

    assertThat(ids(page)).containsExactly("fw-due-later", "fw-overdue");
    assertThat(page.nextCursor()).isEmpty();
  }

  @Test
  void givenInbox_whenListing_thenSummariesCarryWhatTheInboxShows() {
    PetitionRepository repo = inbox();

    PetitionSummary s = repo.list(all().withStatus(Status.FORWARDED).withUnit(DistrictFixtures.COMMUNE)).items().get(0);

    assertThat(s).isEqualTo(PetitionSummary.of(repo.findById(PetitionId.of("fw-overdue")).orElseThrow()));
    assertThat(s.deadline()).contains(LocalDate.of(2020, 2, 17));
    assertThat(s.unit()).contains(DistrictFixtures.COMMUNE);
  }

  @Test
  void givenInbox_whenCountingByStatus_thenCountsFollowTheFilterButNotTheCursor() {
    PetitionRepository repo = inbox();

    Map<Status, Long> counts = repo.countByStatus(all().withLimit(1));
    Map<Status, Long> overdue = repo.countByStatus(all().withOverdue(true));

    assertThat(counts).containsEntry(Status.FORWARDED, 2L).containsEntry(Status.ASSIGNED, 2L)
        .containsEntry(Status.RECEIVED, 1L).containsEntry(Status.UNIT_ANSWERED, 1L)
        .containsEntry(Status.UNREACHABLE, 1L).containsEntry(Status.GUIDED, 1L);
    assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(8);
    assertThat(overdue).containsExactly(Map.entry(Status.FORWARDED, 1L));
  }

  @Test
  void givenForwardedPetitions_whenAskingWhatIsDueByADay_thenOnlyUnansweredOnesDueByThenInDeadlineOrder() {
    PetitionRepository repo = inbox();

    assertThat(repo.forwardedDueBy(LocalDate.of(2020, 2, 17))).extracting(s -> s.id().value())
        .containsExactly("fw-overdue");
    assertThat(repo.forwardedDueBy(LocalDate.of(2020, 3, 5))).extracting(s -> s.id().value())
        .containsExactly("fw-overdue", "fw-due-later");
    assertThat(repo.forwardedDueBy(LocalDate.of(2020, 2, 16))).isEmpty();
  }

  @Test
  void givenStoredPetition_whenLoaded_thenTheSendersPersonalDataIsIntact() {
    PetitionRepository repo = repository();
    Petition p = repo.add(power("p-1", morning(JAN_9, 0)));

    assertThat(repo.findById(p.id()).map(Petition::sender)).isEqualTo(Optional.of(p.sender()));
  }
}
