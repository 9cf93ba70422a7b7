package vn.pakn.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.pakn.application.port.out.Notification;
import vn.pakn.application.port.out.NotificationRepository;
import vn.pakn.application.port.out.Recipient;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.petition.PetitionId;

/** What every {@link NotificationRepository} must do. */
public abstract class AbstractNotificationRepositoryContractTest {

  private static final Instant T = Instant.parse("2020-01-09T02:00:00Z");
  private static final Recipient MEMBER = Recipient.person(DistrictFixtures.INFRASTRUCTURE);
  private static final Recipient LEADER = Recipient.person(DistrictFixtures.LEADER);

  /** An empty store. */
  protected abstract NotificationRepository repository();

  private static Notification note(String id, Recipient to, int minute, Optional<String> dedup) {
    return new Notification(id, to, Notification.Kind.OVERDUE, Optional.of(PetitionId.of("p-1")),
        "Phản ánh p-1 quá hạn", T.plusSeconds(60L * minute), dedup, false);
  }

  @Test
  void givenNotifications_whenListingForRecipients_thenNewestFirstOnlyTheirsWithinTheLimit() {
    NotificationRepository repo = repository();
    repo.add(note("n-1", MEMBER, 1, Optional.empty()));
    repo.add(note("n-2", LEADER, 2, Optional.empty()));
    repo.add(note("n-3", MEMBER, 3, Optional.empty()));
    repo.add(note("n-4", Recipient.reception(), 4, Optional.empty()));

    assertThat(repo.forRecipients(List.of(MEMBER), false, 10)).extracting(Notification::id).containsExactly("n-3", "n-1");
    assertThat(repo.forRecipients(List.of(MEMBER, LEADER), false, 2)).extracting(Notification::id)
        .containsExactly("n-3", "n-2");
    assertThat(repo.forRecipients(List.of(MEMBER), false, 10).get(0)).isEqualTo(note("n-3", MEMBER, 3, Optional.empty()));
    assertThat(repo.forRecipients(List.of(), false, 10)).isEmpty();
  }

  @Test
  void givenADedupKey_whenAddedTwice_thenOnlyTheFirstIsKept() {
    NotificationRepository repo = repository();

    boolean first = repo.add(note("n-1", MEMBER, 1, Optional.of("overdue:p-1:2020-01-20")));
    boolean second = repo.add(note("n-2", MEMBER, 2, Optional.of("overdue:p-1:2020-01-20")));
    boolean withoutKey = repo.add(note("n-3", MEMBER, 3, Optional.empty()));
    boolean withoutKeyAgain = repo.add(note("n-4", MEMBER, 4, Optional.empty()));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(withoutKey).isTrue();
    assertThat(withoutKeyAgain).isTrue();
    assertThat(repo.forRecipients(List.of(MEMBER), false, 10)).extracting(Notification::id)
        .containsExactly("n-4", "n-3", "n-1");
  }

  @Test
  void givenManyInstancesAddingTheSameReminderAtOnce_whenAllAdd_thenExactlyOneIsStored() throws Exception {
    NotificationRepository repo = repository();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> added = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String id = "n-" + t;
      added.add(pool.submit(() -> {
        start.await();
        return repo.add(note(id, MEMBER, 1, Optional.of("overdue:p-1")));
      }));
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    int wins = 0;
    for (Future<Boolean> f : added) {
      wins += f.get() ? 1 : 0;
    }
    assertThat(wins).isEqualTo(1);
    assertThat(repo.forRecipients(List.of(MEMBER), false, 100)).hasSize(1);
  }

  @Test
  void givenUnreadNotifications_whenMarkingRead_thenOnlyTheRecipientCanAndCountsFollow() {
    NotificationRepository repo = repository();
    repo.add(note("n-1", MEMBER, 1, Optional.empty()));
    repo.add(note("n-2", MEMBER, 2, Optional.empty()));

    assertThat(repo.countUnread(List.of(MEMBER))).isEqualTo(2);
    assertThat(repo.markRead("n-1", List.of(LEADER))).isFalse();
    assertThat(repo.markRead("n-1", List.of(MEMBER, LEADER))).isTrue();
    assertThat(repo.markRead("n-1", List.of(MEMBER))).isFalse();
    assertThat(repo.markRead("missing", List.of(MEMBER))).isFalse();

    assertThat(repo.countUnread(List.of(MEMBER))).isEqualTo(1);
    assertThat(repo.countUnread(List.of(LEADER))).isZero();
    assertThat(repo.forRecipients(List.of(MEMBER), true, 10)).extracting(Notification::id).containsExactly("n-2");
    assertThat(repo.forRecipients(List.of(MEMBER), false, 10)).extracting(Notification::read).containsExactly(false, true);
  }
}
