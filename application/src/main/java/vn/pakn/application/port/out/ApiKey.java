package vn.pakn.application.port.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/** An API key for machine clients (Open311). Only its hash is stored; the key itself is shown once. */
public record ApiKey(String id, String name, String keyHash, Instant createdAt, boolean revoked) {

  public ApiKey {
    checkArgument(id != null && !id.isBlank(), "id");
    checkArgument(name != null && !name.isBlank() && name.length() <= 200, "name: tên khóa không được để trống, tối đa 200 ký tự");
    checkArgument(keyHash != null && !keyHash.isBlank(), "keyHash");
    checkNotNull(createdAt, "createdAt");
  }

  public ApiKey revoke() {
    return new ApiKey(id, name, keyHash, createdAt, true);
  }
}
