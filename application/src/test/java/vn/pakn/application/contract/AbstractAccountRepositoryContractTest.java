package vn.pakn.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pakn.application.port.out.Account;
import vn.pakn.application.port.out.AccountRepository;
import vn.pakn.application.port.out.DuplicateException;
import vn.pakn.application.port.out.VersionConflictException;
import vn.pakn.domain.access.ActorRole;
import vn.pakn.domain.fixtures.DistrictFixtures;

/** What every {@link AccountRepository} must do. */
public abstract class AbstractAccountRepositoryContractTest {

  private static final Instant T = Instant.parse("2020-01-09T02:00:00.123456789Z");

  /** An empty store. */
  protected abstract AccountRepository repository();

  private static Account member(String id, String username) {
    return new Account(id, username, "Lâm Ngọc Biên", ActorRole.MEMBER, Optional.of(DistrictFixtures.INFRASTRUCTURE),
        Optional.empty(), true, Optional.of("argon2:abc"), T, 0);
  }

  private static Account unit(String id, String username) {
    return new Account(id, username, "UBND xã Hồng Việt", ActorRole.UNIT, Optional.empty(),
        Optional.of(DistrictFixtures.COMMUNE), true, Optional.empty(), T.plusSeconds(1), 0);
  }

  @Test
  void givenNewAccounts_whenAdded_thenFoundByIdAndUsernameWithVersion1() {
    AccountRepository repo = repository();

    Account stored = repo.add(member("a-1", "lamngocbien"));
    repo.add(unit("a-2", "xa.hongviet"));

    assertThat(stored.version()).isEqualTo(1);
    assertThat(repo.findById("a-1")).contains(stored);
    assertThat(repo.findByUsername("xa.hongviet")).map(Account::unit).contains(Optional.of(DistrictFixtures.COMMUNE));
    assertThat(repo.findByUsername("nobody")).isEmpty();
    assertThat(repo.all()).extracting(Account::id).containsExactly("a-1", "a-2");
  }

  @Test
  void givenTakenUsername_whenAddingAnother_thenDuplicateAndTheFirstIsUntouched() {
    AccountRepository repo = repository();
    Account first = repo.add(member("a-1", "lamngocbien"));

    assertThatExceptionOfType(DuplicateException.class).isThrownBy(() -> repo.add(unit("a-2", "lamngocbien")));
    assertThat(repo.all()).containsExactly(first);
  }

  @Test
  void givenAccount_whenUpdatedTwiceFromTheSameVersion_thenTheSecondConflicts() {
    AccountRepository repo = repository();
    Account v1 = repo.add(member("a-1", "lamngocbien"));

    Account v2 = repo.update(v1.withEnabled(false));

    assertThat(v2.version()).isEqualTo(2);
    assertThat(repo.findById("a-1")).contains(v2);
    assertThatExceptionOfType(VersionConflictException.class)
        .isThrownBy(() -> repo.update(v1.withPasswordHash("argon2:new")));
    assertThat(repo.findById("a-1").orElseThrow().passwordHash()).contains("argon2:abc");
  }
}
