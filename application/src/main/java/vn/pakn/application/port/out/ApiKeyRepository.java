package vn.pakn.application.port.out;

import java.util.List;
import java.util.Optional;

/** Stores API keys, hashed; names and hashes are unique. */
public interface ApiKeyRepository {

  /** @throws DuplicateException when the name (or the hash) is taken */
  void add(ApiKey key);

  /** The key with that hash, revoked or not (the caller checks {@link ApiKey#revoked()}). */
  Optional<ApiKey> findByHash(String keyHash);

  /** Revokes the key; returns whether it existed and was not yet revoked. */
  boolean revoke(String id);

  /** Oldest first. */
  List<ApiKey> all();
}
