package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import vn.pakn.application.port.out.Account;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.access.ActorRole;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.roster.PersonId;

/**
 * R7: the leader manages user accounts — triage accounts for the roster, handling accounts for units and the
 * reception team. An account is named by its id or its username.
 */
public interface ManageAccountsUseCase {

  Outcome<Account> create(Actor actor, CreateAccountCommand command);

  Outcome<Account> setPassword(Actor actor, String accountId, String newPassword);

  Outcome<Account> setEnabled(Actor actor, String accountId, boolean enabled);

  Outcome<Account> changeRole(Actor actor, String accountId, ActorRole role, Optional<PersonId> person,
      Optional<UnitId> unit);

  Outcome<List<Account>> list(Actor actor);

  /**
   * A one-time link (valid {@link #INVITATION_DAYS} days) with which the account's owner sets a password; a
   * new invitation replaces the previous one.
   */
  Outcome<IssuedInvitation> invite(Actor actor, String accountId);

  /** Sets the password of the invited account and uses the invitation up. No login needed. */
  Outcome<Account> acceptInvitation(String token, String newPassword);

  /** How long an invitation stays valid. */
  int INVITATION_DAYS = 3;

  /** The invitation's secret, shown once to the leader to pass on. */
  record IssuedInvitation(Account account, String token, java.time.Instant expiresAt) {}

  /** At least 10 characters. */
  static void checkPassword(String password) {
    checkArgument(password != null && password.length() >= 10 && password.length() <= 200,
        "password: mật khẩu phải có từ 10 đến 200 ký tự");
  }

  record CreateAccountCommand(String username, String displayName, ActorRole role, Optional<PersonId> person,
      Optional<UnitId> unit, Optional<String> password) {

    public CreateAccountCommand {
      username = Commands.required(username, "username", 64);
      displayName = Commands.required(displayName, "displayName", 200);
      checkNotNull(role, "role: chọn vai trò");
      person = person == null ? Optional.empty() : person;
      unit = unit == null ? Optional.empty() : unit;
      password = password == null ? Optional.empty() : password;
      password.ifPresent(ManageAccountsUseCase::checkPassword);
    }
  }
}
