package vn.pakn.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.pakn.application.port.out.Invitation;
import vn.pakn.application.port.out.InvitationRepository;

/** What every {@link InvitationRepository} must do. */
public abstract class AbstractInvitationRepositoryContractTest {

  /** An empty store. */
  protected abstract InvitationRepository repository();

  private static final Instant EXPIRES = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void givenAnInvitation_whenTakenTwice_thenOnlyTheFirstGetsIt() {
    InvitationRepository repo = repository();
    repo.add(new Invitation("fp-1", "acc-1", EXPIRES));

    assertThat(repo.take("fp-1")).contains(new Invitation("fp-1", "acc-1", EXPIRES));
    assertThat(repo.take("fp-1")).isEmpty();
    assertThat(repo.take("fp-unknown")).isEmpty();
  }

  @Test
  void givenASecondInvitationForTheSameAccount_whenTakingTheFirst_thenItIsGone() {
    InvitationRepository repo = repository();
    repo.add(new Invitation("fp-old", "acc-1", EXPIRES));
    repo.add(new Invitation("fp-new", "acc-1", EXPIRES));

    assertThat(repo.take("fp-old")).isEmpty();
    assertThat(repo.take("fp-new")).isPresent();
  }

  @Test
  void givenManyCallersRacing_whenTakingOneInvitation_thenExactlyOneGetsIt() throws Exception {
    InvitationRepository repo = repository();
    repo.add(new Invitation("fp-race", "acc-2", EXPIRES));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Optional<Invitation>>> results = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Callable<Optional<Invitation>> take = () -> repo.take("fp-race");
      results.add(pool.submit(take));
    }
    int winners = 0;
    for (Future<Optional<Invitation>> f : results) {
      winners += f.get().isPresent() ? 1 : 0;
    }
    pool.shutdown();
    assertThat(winners).isEqualTo(1);
  }
}
