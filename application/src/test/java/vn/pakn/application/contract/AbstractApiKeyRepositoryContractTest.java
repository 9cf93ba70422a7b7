package vn.pakn.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.pakn.application.port.out.ApiKey;
import vn.pakn.application.port.out.ApiKeyRepository;
import vn.pakn.application.port.out.DuplicateException;

/** What every {@link ApiKeyRepository} must do. */
public abstract class AbstractApiKeyRepositoryContractTest {

  private static final Instant T = Instant.parse("2020-01-09T02:00:00Z");

  /** An empty store. */
  protected abstract ApiKeyRepository repository();

  @Test
  void givenKeys_whenLookedUpByHash_thenFoundAndRevocationSticks() {
    ApiKeyRepository repo = repository();
    ApiKey portal = new ApiKey("k-1", "Cổng tỉnh", "sha256:aaa", T, false);
    ApiKey app = new ApiKey("k-2", "Ứng dụng di động", "sha256:bbb", T.plusSeconds(1), false);
    repo.add(portal);
    repo.add(app);

    assertThat(repo.findByHash("sha256:aaa")).contains(portal);
    assertThat(repo.findByHash("sha256:zzz")).isEmpty();
    assertThat(repo.revoke("k-1")).isTrue();
    assertThat(repo.revoke("k-1")).isFalse();
    assertThat(repo.findByHash("sha256:aaa")).contains(portal.revoke());
    assertThat(repo.all()).containsExactly(portal.revoke(), app);
  }

  @Test
  void givenATakenName_whenAddingAnotherKey_thenDuplicate() {
    ApiKeyRepository repo = repository();
    repo.add(new ApiKey("k-1", "Cổng tỉnh", "sha256:aaa", T, false));

    assertThatExceptionOfType(DuplicateException.class)
        .isThrownBy(() -> repo.add(new ApiKey("k-2", "Cổng tỉnh", "sha256:bbb", T, false)));
    assertThat(repo.all()).hasSize(1);
  }
}
