package vn.pakn.adapters.jdbc;

import java.time.Instant;
import java.util.Optional;
import vn.pakn.application.port.out.ProfileRepository;
import vn.pakn.domain.district.DistrictProfile;

/**
 * The district profile in force, one document row in {@code district_profile}. Until a profile is stored, the
 * given default (the shipped Hòa An profile) is in force.
 *
 * <p>Every request reads the profile (routing, names in answers), so the decoded profile is kept in memory and
 * returned as the same instance until the stored one changes: this instance's own changes show at once, another
 * instance's within {@link #RECHECK_NANOS} (one cheap query on the row's timestamp, then a decode only when it
 * moved). Keeping the same instance also lets the application keep the router it built from it.
 */
public final class JdbcProfileRepository implements ProfileRepository {

  private static final int ROW = 1;
  /** How long a profile read from the database is trusted before its timestamp is checked again: one second. */
  static final long RECHECK_NANOS = 1_000_000_000L;

  /** The profile as last read or written, its row timestamp, and when that was checked (System.nanoTime). */
  private record Cached(long updatedNs, DistrictProfile profile, long checkedAt) {}

  private volatile Cached cached;

  private final JdbcTransactionRunner tx;
  private final ProfileCodec codec;
  private final DistrictProfile defaultProfile;

  public JdbcProfileRepository(JdbcTransactionRunner tx, ProfileCodec codec, DistrictProfile defaultProfile) {
    this.tx = tx;
    this.codec = codec;
    this.defaultProfile = defaultProfile;
  }

  @Override
  public DistrictProfile current() {
    Cached known = cached;
    long now = System.nanoTime();
    if (known != null && now - known.checkedAt() < RECHECK_NANOS) {
      return known.profile();
    }
    Optional<Long> stamp = tx.withConnection(c -> Sql.queryOne(c,
        "select updated_ns from district_profile where id = ?", rs -> rs.getLong(1), ROW));
    if (stamp.isEmpty()) {
      cached = new Cached(Long.MIN_VALUE, defaultProfile, now);
      return defaultProfile;
    }
    if (known != null && known.updatedNs() == stamp.get()) {
      cached = new Cached(known.updatedNs(), known.profile(), now);
      return known.profile();
    }
    Optional<String> doc = tx.withConnection(c -> Sql.queryOne(c,
        "select document from district_profile where id = ?", rs -> rs.getString(1), ROW));
    DistrictProfile profile = doc.map(codec::decode).orElse(defaultProfile);
    cached = new Cached(stamp.get(), profile, now);
    return profile;
  }

  @Override
  public void replace(DistrictProfile profile) {
    String doc = codec.encode(profile);
    long now = Sql.nanos(Instant.now());
    tx.withConnection(c -> {
      int changed = Sql.update(c, "update district_profile set document = ?, updated_ns = ? where id = ?", doc, now, ROW);
      if (changed == 0) {
        Sql.update(c, "insert into district_profile (id, document, updated_ns) values (?, ?, ?)", ROW, doc, now);
      }
      return null;
    });
    cached = new Cached(now, profile, System.nanoTime());
  }
}
