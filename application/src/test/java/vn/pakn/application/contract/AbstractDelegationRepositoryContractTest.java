package vn.pakn.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.pakn.application.port.out.DelegationRepository;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.roster.Delegation;

/** What every {@link DelegationRepository} must do. */
public abstract class AbstractDelegationRepositoryContractTest {

  /** An empty store. */
  protected abstract DelegationRepository repository();

  @Test
  void givenDelegations_whenOneIsRemoved_thenTheOthersRemainInOrder() {
    DelegationRepository repo = repository();
    Delegation january = DistrictFixtures.delegation(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31));
    Delegation march = DistrictFixtures.delegation(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 15));
    repo.add(january);
    repo.add(march);

    assertThat(repo.all()).containsExactly(january, march);
    assertThat(repo.remove(january)).isTrue();
    assertThat(repo.remove(january)).isFalse();
    assertThat(repo.all()).containsExactly(march);
  }

  @Test
  void givenTheSameDelegationTwice_whenRemovedOnce_thenOneRemains() {
    DelegationRepository repo = repository();
    Delegation d = DistrictFixtures.delegation(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31));
    repo.add(d);
    repo.add(d);

    assertThat(repo.remove(d)).isTrue();

    assertThat(repo.all()).containsExactly(d);
  }
}
