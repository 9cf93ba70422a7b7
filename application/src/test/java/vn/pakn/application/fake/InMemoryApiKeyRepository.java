package vn.pakn.application.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.pakn.application.port.out.ApiKey;
import vn.pakn.application.port.out.ApiKeyRepository;
import vn.pakn.application.port.out.DuplicateException;

/** API keys in memory. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {

  private final List<ApiKey> keys = new ArrayList<>();

  @Override
  public synchronized void add(ApiKey key) {
    if (keys.stream().anyMatch(k -> k.name().equals(key.name()) || k.keyHash().equals(key.keyHash()))) {
      throw new DuplicateException("Khóa API '" + key.name() + "' đã có");
    }
    keys.add(key);
  }

  @Override
  public synchronized Optional<ApiKey> findByHash(String keyHash) {
    return keys.stream().filter(k -> k.keyHash().equals(keyHash)).findFirst();
  }

  @Override
  public synchronized boolean revoke(String id) {
    for (int i = 0; i < keys.size(); i++) {
      ApiKey k = keys.get(i);
      if (k.id().equals(id) && !k.revoked()) {
        keys.set(i, k.revoke());
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized List<ApiKey> all() {
    return List.copyOf(keys);
  }
}
