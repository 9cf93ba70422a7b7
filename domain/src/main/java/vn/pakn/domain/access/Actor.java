package vn.pakn.domain.access;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.roster.PersonId;

/**
 * Who performs a step: an authenticated account, the roster person behind a triage account, the
 * unit behind a unit account, and whether the leader's powers are theirs today (the leader; a deputy
 * only under a delegation covering today, see {@code Roster.actsAsLeader}).
 */
public record Actor(
    String accountId,
    String displayName,
    ActorRole role,
    Optional<PersonId> person,
    Optional<UnitId> unit,
    boolean leaderPowers) {

  public Actor {
    checkArgument(accountId != null && !accountId.isBlank(), "accountId");
    checkArgument(displayName != null && !displayName.isBlank(), "displayName");
    checkNotNull(role, "role");
    person = person == null ? Optional.empty() : person;
    unit = unit == null ? Optional.empty() : unit;
    checkArgument(!role.triage() || person.isPresent(), "Tài khoản %s (%s) phải gắn với một người trong Tổ công tác",
        accountId, role.label());
    checkArgument(role != ActorRole.UNIT || unit.isPresent(), "Tài khoản đơn vị %s phải gắn với một đơn vị", accountId);
    checkArgument(!leaderPowers || role == ActorRole.LEADER || role == ActorRole.DEPUTY,
        "Chỉ Tổ trưởng, hoặc Tổ phó được ủy quyền, có quyền của Tổ trưởng");
  }

  public static Actor triage(String accountId, String displayName, ActorRole role, PersonId person,
      boolean leaderPowers) {
    return new Actor(accountId, displayName, role, Optional.of(person), Optional.empty(), leaderPowers);
  }

  public static Actor reception(String accountId, String displayName) {
    return new Actor(accountId, displayName, ActorRole.RECEPTION, Optional.empty(), Optional.empty(), false);
  }

  public static Actor unit(String accountId, String displayName, UnitId unit) {
    return new Actor(accountId, displayName, ActorRole.UNIT, Optional.empty(), Optional.of(unit), false);
  }

  public boolean is(PersonId id) {
    return person.map(id::equals).orElse(false);
  }
}
