package vn.pakn.domain.access;

import java.util.Optional;

/**
 * R7 for administration, in one place: the leader manages user accounts (seed I.1), and the deputy does
 * so only while delegated (I.2); only the leader herself delegates her powers and changes the roster.
 */
public final class AdministrationAccess {

  private AdministrationAccess() {}

  public static Optional<String> mayManageAccounts(Actor actor) {
    return actor.leaderPowers() ? Optional.empty()
        : Optional.of("Chỉ Tổ trưởng (hoặc Tổ phó được ủy quyền) quản lý tài khoản người dùng");
  }

  public static Optional<String> mayDelegate(Actor actor) {
    return actor.role() == ActorRole.LEADER ? Optional.empty() : Optional.of("Chỉ Tổ trưởng được ủy quyền");
  }

  public static Optional<String> mayManageRoster(Actor actor) {
    return actor.role() == ActorRole.LEADER ? Optional.empty()
        : Optional.of("Chỉ Tổ trưởng thay đổi danh sách Tổ công tác, lĩnh vực và đơn vị");
  }
}
