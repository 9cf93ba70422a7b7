package vn.pakn.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.pakn.application.port.out.ApiKey;
import vn.pakn.application.port.out.ApiKeyRepository;
import vn.pakn.application.port.out.DuplicateException;

/** API keys, hashed, in {@code api_key}; name and hash unique by index, looked up by hash. */
public final class JdbcApiKeyRepository implements ApiKeyRepository {

  private final JdbcTransactionRunner tx;

  public JdbcApiKeyRepository(JdbcTransactionRunner tx) {
    this.tx = tx;
  }

  @Override
  public void add(ApiKey k) {
    tx.withConnection(c -> {
      int inserted = Sql.update(c, "insert into api_key (id, name, key_hash, created_ns, revoked) values (?, ?, ?, ?, ?)"
          + " on conflict do nothing", k.id(), k.name(), k.keyHash(), Sql.nanos(k.createdAt()), k.revoked());
      if (inserted == 0) {
        throw new DuplicateException("Khóa API '" + k.name() + "' đã có");
      }
      return null;
    });
  }

  @Override
  public Optional<ApiKey> findByHash(String keyHash) {
    return tx.withConnection(c -> Sql.queryOne(c, "select id, name, key_hash, created_ns, revoked from api_key"
        + " where key_hash = ?", JdbcApiKeyRepository::key, keyHash));
  }

  @Override
  public boolean revoke(String id) {
    return tx.withConnection(c -> Sql.update(c, "update api_key set revoked = true where id = ? and revoked = false",
        id) > 0);
  }

  @Override
  public List<ApiKey> all() {
    return tx.withConnection(c -> Sql.query(c, "select id, name, key_hash, created_ns, revoked from api_key"
        + " order by created_ns, id", JdbcApiKeyRepository::key));
  }

  private static ApiKey key(ResultSet rs) throws SQLException {
    return new ApiKey(rs.getString(1), rs.getString(2), rs.getString(3), Sql.instant(rs.getLong(4)),
        rs.getBoolean(5));
  }
}
