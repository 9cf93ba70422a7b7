package vn.pakn.application.port.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.pakn.domain.access.ActorRole;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.roster.PersonId;

/**
 * A user account (R7). Triage accounts belong to a roster person; handling accounts to a unit or the
 * reception team. The password hash is opaque here (Argon2id in the adapter).
 */
public record Account(
    String id,
    String username,
    String displayName,
    ActorRole role,
    Optional<PersonId> person,
    Optional<UnitId> unit,
    boolean enabled,
    Optional<String> passwordHash,
    Instant createdAt,
    long version) {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

  public Account {
    checkArgument(id != null && !id.isBlank(), "id");
    checkArgument(username != null && USERNAME.matcher(username).matches(),
        "username: tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch; 3–64 ký tự");
    checkArgument(displayName != null && !displayName.isBlank() && displayName.length() <= 200,
        "displayName: tên hiển thị không được để trống, tối đa 200 ký tự");
    checkNotNull(role, "role");
    person = person == null ? Optional.empty() : person;
    unit = unit == null ? Optional.empty() : unit;
    passwordHash = passwordHash == null ? Optional.empty() : passwordHash;
    checkArgument(!role.triage() || person.isPresent(), "person: tài khoản %s phải gắn với một người trong Tổ công tác",
        role.label());
    checkArgument(role != ActorRole.UNIT || unit.isPresent(), "unit: tài khoản đơn vị phải gắn với một đơn vị");
    checkNotNull(createdAt, "createdAt");
  }

  public Account withRole(ActorRole newRole, Optional<PersonId> newPerson, Optional<UnitId> newUnit) {
    return new Account(id, username, displayName, newRole, newPerson, newUnit, enabled, passwordHash, createdAt, version);
  }

  public Account withEnabled(boolean value) {
    return new Account(id, username, displayName, role, person, unit, value, passwordHash, createdAt, version);
  }

  public Account withPasswordHash(String hash) {
    return new Account(id, username, displayName, role, person, unit, enabled, Optional.of(hash), createdAt, version);
  }
}
