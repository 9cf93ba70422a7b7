package vn.pakn.adapters.jdbc;

import java.time.Instant;
import java.util.Optional;
import vn.pakn.application.port.out.ProfileRepository;
import vn.pakn.domain.district.DistrictProfile;

/**
 * The district profile in force, one document row in {@code district_profile}. Until a profile is stored, the
 * given default (the shipped Hòa An profile) is in force.
 */
public final class JdbcProfileRepository implements ProfileRepository {

  private static final int ROW = 1;

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
    Optional<String> doc = tx.withConnection(c -> Sql.queryOne(c,
        "select document from district_profile where id = ?", rs -> rs.getString(1), ROW));
    return doc.map(codec::decode).orElse(defaultProfile);
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
  }
}
