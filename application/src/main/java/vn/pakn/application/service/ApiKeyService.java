package vn.pakn.application.service;

import java.util.List;
import java.util.Optional;
import vn.pakn.application.port.in.ManageApiKeysUseCase;
import vn.pakn.application.port.in.Outcome;
import vn.pakn.application.port.in.Problem;
import vn.pakn.application.port.out.ApiKey;
import vn.pakn.application.port.out.ApiKeyRepository;
import vn.pakn.application.port.out.DuplicateException;
import vn.pakn.application.port.out.IdGenerator;
import vn.pakn.application.port.out.SecretGenerator;
import vn.pakn.application.port.out.TransactionRunner;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.access.AdministrationAccess;

/** API keys: created and revoked by the leader, stored as fingerprints, checked on every Open311 request. */
public final class ApiKeyService implements ManageApiKeysUseCase {

  private final ApiKeyRepository keys;
  private final SecretGenerator secrets;
  private final TransactionRunner transactions;
  private final District district;
  private final IdGenerator ids;

  ApiKeyService(ApiKeyRepository keys, SecretGenerator secrets, TransactionRunner transactions, District district,
      IdGenerator ids) {
    this.keys = keys;
    this.secrets = secrets;
    this.transactions = transactions;
    this.district = district;
    this.ids = ids;
  }

  @Override
  public Outcome<CreatedKey> create(Actor actor, String name) {
    Optional<String> denied = AdministrationAccess.mayManageAccounts(actor);
    if (denied.isPresent()) {
      return Outcome.failure(Problem.forbidden(denied.get()));
    }
    String secret = secrets.newSecret();
    try {
      ApiKey key = new ApiKey(ids.newId(), name == null ? "" : name.strip(), secrets.fingerprint(secret),
          district.now().at(), false);
      transactions.inTransaction(() -> {
        keys.add(key);
        return key;
      });
      return Outcome.success(new CreatedKey(key, secret));
    } catch (IllegalArgumentException e) {
      return Outcome.failure(Problem.invalid(e.getMessage()));
    } catch (DuplicateException e) {
      return Outcome.failure(new Problem(Problem.Kind.CONFLICT, e.getMessage(), Optional.of("name")));
    }
  }

  @Override
  public Outcome<List<ApiKey>> list(Actor actor) {
    Optional<String> denied = AdministrationAccess.mayManageAccounts(actor);
    return denied.<Outcome<List<ApiKey>>>map(d -> Outcome.failure(Problem.forbidden(d)))
        .orElseGet(() -> Outcome.success(keys.all()));
  }

  @Override
  public Outcome<ApiKey> revoke(Actor actor, String id) {
    Optional<String> denied = AdministrationAccess.mayManageAccounts(actor);
    if (denied.isPresent()) {
      return Outcome.failure(Problem.forbidden(denied.get()));
    }
    boolean revoked = transactions.inTransaction(() -> keys.revoke(id));
    if (!revoked) {
      return Outcome.failure(Problem.notFound("Không có khóa API đang hoạt động với mã " + id));
    }
    return keys.all().stream().filter(k -> k.id().equals(id)).findFirst().<Outcome<ApiKey>>map(Outcome::success)
        .orElseGet(() -> Outcome.failure(Problem.notFound("Không có khóa API " + id)));
  }

  @Override
  public Optional<ApiKey> authenticate(String presentedKey) {
    if (presentedKey == null || presentedKey.isBlank() || presentedKey.length() > 200) {
      return Optional.empty();
    }
    return keys.findByHash(secrets.fingerprint(presentedKey.strip())).filter(k -> !k.revoked());
  }
}
