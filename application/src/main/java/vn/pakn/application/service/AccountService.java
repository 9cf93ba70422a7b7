package vn.pakn.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.pakn.application.port.in.ManageAccountsUseCase;
import vn.pakn.application.port.in.Outcome;
import vn.pakn.application.port.in.Problem;
import vn.pakn.application.port.in.ResolveActorUseCase;
import vn.pakn.application.port.out.Account;
import vn.pakn.application.port.out.AccountRepository;
import vn.pakn.application.port.out.DelegationRepository;
import vn.pakn.application.port.out.DuplicateException;
import vn.pakn.application.port.out.IdGenerator;
import vn.pakn.application.port.out.Invitation;
import vn.pakn.application.port.out.InvitationRepository;
import vn.pakn.application.port.out.PasswordHasher;
import vn.pakn.application.port.out.SecretGenerator;
import vn.pakn.application.port.out.TransactionRunner;
import vn.pakn.application.port.out.VersionConflictException;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.access.ActorRole;
import vn.pakn.domain.access.AdministrationAccess;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.Role;

/** R7: accounts, managed by the leader; and who an account acts as today. */
public final class AccountService implements ManageAccountsUseCase, ResolveActorUseCase {

  private final AccountRepository accounts;
  private final DelegationRepository delegations;
  private final PasswordHasher hasher;
  private final InvitationRepository invitations;
  private final SecretGenerator secrets;
  private final TransactionRunner transactions;
  private final District district;
  private final IdGenerator ids;

  AccountService(AccountRepository accounts, DelegationRepository delegations, PasswordHasher hasher,
      InvitationRepository invitations, SecretGenerator secrets, TransactionRunner transactions, District district,
      IdGenerator ids) {
    this.accounts = accounts;
    this.delegations = delegations;
    this.hasher = hasher;
    this.invitations = invitations;
    this.secrets = secrets;
    this.transactions = transactions;
    this.district = district;
    this.ids = ids;
  }

  @Override
  public Outcome<Account> create(Actor actor, CreateAccountCommand c) {
    Optional<String> denied = AdministrationAccess.mayManageAccounts(actor);
    if (denied.isPresent()) {
      return Outcome.failure(Problem.forbidden(denied.get()));
    }
    return createAccount(c);
  }

  /**
   * Creates an account without an acting user: for the first start, when the server makes the roster's
   * accounts on an empty database.
   */
  public Outcome<Account> createInitial(CreateAccountCommand c) {
    return createAccount(c);
  }

  private Outcome<Account> createAccount(CreateAccountCommand c) {
    Optional<Problem> wrong = checkBinding(c.role(), c.person(), c.unit());
    if (wrong.isPresent()) {
      return Outcome.failure(wrong.get());
    }
    try {
      Account account = new Account(ids.newId(), c.username(), c.displayName(), c.role(), c.person(), c.unit(), true,
          c.password().map(hasher::hash), district.now().at(), 0);
      return Outcome.success(transactions.inTransaction(() -> accounts.add(account)));
    } catch (IllegalArgumentException e) {
      return Outcome.failure(Problem.invalid(e.getMessage()));
    } catch (DuplicateException e) {
      return Outcome.failure(new Problem(Problem.Kind.CONFLICT, e.getMessage(), Optional.of("username")));
    }
  }

  /** A triage account belongs to a roster person with the same role; a unit account to a known unit. */
  private Optional<Problem> checkBinding(ActorRole role, Optional<PersonId> person, Optional<UnitId> unit) {
    DistrictProfile profile = district.rules().profile();
    if (role.triage()) {
      if (person.isEmpty()) {
        return Optional.of(Problem.invalid("person: tài khoản " + role.label() + " phải gắn với một người trong Tổ"));
      }
      Optional<Person> p = profile.roster().findPerson(person.get());
      if (p.isEmpty()) {
        return Optional.of(Problem.invalid("person: không có người '" + person.get() + "' trong Tổ công tác"));
      }
      if (!role.name().equals(p.get().role().name())) {
        return Optional.of(Problem.invalid("role: " + p.get().fullName() + " là " + p.get().role().label()
            + " trong Tổ công tác, không thể nhận vai trò " + role.label()));
      }
    }
    if (role == ActorRole.UNIT && (unit.isEmpty() || profile.findUnit(unit.get()).isEmpty())) {
      return Optional.of(Problem.invalid("unit: chọn một đơn vị có trong danh sách"));
    }
    return Optional.empty();
  }

  @Override
  public Outcome<Account> setPassword(Actor actor, String accountId, String newPassword) {
    try {
      ManageAccountsUseCase.checkPassword(newPassword);
    } catch (IllegalArgumentException e) {
      return Outcome.failure(Problem.invalid(e.getMessage()));
    }
    return change(actor, accountId, a -> a.withPasswordHash(hasher.hash(newPassword)));
  }

  @Override
  public Outcome<Account> setEnabled(Actor actor, String accountId, boolean enabled) {
    if (!enabled && (actor.accountId().equals(accountId)
        || accounts.findByUsername(accountId).map(a -> a.id().equals(actor.accountId())).orElse(false))) {
      return Outcome.failure(Problem.invalid("enabled: không thể tự khóa tài khoản của chính mình"));
    }
    return change(actor, accountId, a -> a.withEnabled(enabled));
  }

  @Override
  public Outcome<Account> changeRole(Actor actor, String accountId, ActorRole role, Optional<PersonId> person,
      Optional<UnitId> unit) {
    Optional<Problem> wrong = checkBinding(role, person, unit);
    if (wrong.isPresent()) {
      return Outcome.failure(wrong.get());
    }
    return change(actor, accountId, a -> a.withRole(role, role.triage() ? person : Optional.empty(),
        role == ActorRole.UNIT ? unit : Optional.empty()));
  }

  private Outcome<Account> change(Actor actor, String accountId, UnaryOperator<Account> edit) {
    Optional<String> denied = AdministrationAccess.mayManageAccounts(actor);
    if (denied.isPresent()) {
      return Outcome.failure(Problem.forbidden(denied.get()));
    }
    try {
      return transactions.inTransaction(() -> accounts.findById(accountId)
          .or(() -> accounts.findByUsername(accountId))
          .<Outcome<Account>>map(a -> Outcome.success(accounts.update(edit.apply(a))))
          .orElseGet(() -> Outcome.failure(Problem.notFound("Không tìm thấy tài khoản " + accountId))));
    } catch (VersionConflictException e) {
      return Outcome.failure(Problem.of(Problem.Kind.CONFLICT, e.getMessage()));
    }
  }

  @Override
  public Outcome<List<Account>> list(Actor actor) {
    Optional<String> denied = AdministrationAccess.mayManageAccounts(actor);
    return denied.<Outcome<List<Account>>>map(d -> Outcome.failure(Problem.forbidden(d)))
        .orElseGet(() -> Outcome.success(accounts.all()));
  }

  @Override
  public Outcome<IssuedInvitation> invite(Actor actor, String accountId) {
    Optional<String> denied = AdministrationAccess.mayManageAccounts(actor);
    if (denied.isPresent()) {
      return Outcome.failure(Problem.forbidden(denied.get()));
    }
    Optional<Account> account = accounts.findById(accountId).or(() -> accounts.findByUsername(accountId));
    if (account.isEmpty()) {
      return Outcome.failure(Problem.notFound("Không tìm thấy tài khoản " + accountId));
    }
    if (!account.get().enabled()) {
      return Outcome.failure(Problem.of(Problem.Kind.PRECONDITION, "Tài khoản đang bị khóa: hãy mở khóa trước khi mời"));
    }
    String token = secrets.newSecret();
    java.time.Instant expires = district.now().at().plus(java.time.Duration.ofDays(INVITATION_DAYS));
    transactions.inTransaction(() -> {
      invitations.add(new Invitation(secrets.fingerprint(token), account.get().id(), expires));
      return token;
    });
    return Outcome.success(new IssuedInvitation(account.get(), token, expires));
  }

  @Override
  public Outcome<Account> acceptInvitation(String token, String newPassword) {
    try {
      ManageAccountsUseCase.checkPassword(newPassword);
    } catch (IllegalArgumentException e) {
      return Outcome.failure(Problem.invalid(e.getMessage()));
    }
    Problem unusable = Problem.of(Problem.Kind.NOT_FOUND, "Liên kết mời không hợp lệ, đã dùng hoặc đã hết hạn");
    if (token == null || token.isBlank() || token.length() > 200) {
      return Outcome.failure(unusable);
    }
    try {
      return transactions.inTransaction(() -> {
        Optional<Invitation> invitation = invitations.take(secrets.fingerprint(token.strip()));
        if (invitation.isEmpty() || !district.now().at().isBefore(invitation.get().expiresAt())) {
          return Outcome.failure(unusable);
        }
        return accounts.findById(invitation.get().accountId()).filter(Account::enabled)
            .<Outcome<Account>>map(a -> Outcome.success(accounts.update(a.withPasswordHash(hasher.hash(newPassword)))))
            .orElseGet(() -> Outcome.failure(unusable));
      });
    } catch (VersionConflictException e) {
      return Outcome.failure(Problem.of(Problem.Kind.CONFLICT, e.getMessage()));
    }
  }

  @Override
  public Optional<Actor> actorFor(String accountId) {
    return accounts.findById(accountId).filter(Account::enabled).map(this::actorOf);
  }

  private Actor actorOf(Account a) {
    LocalDate today = district.today();
    boolean leaderPowers = a.person()
        .map(p -> district.rules().roster().actsAsLeader(p, today, delegations.all()))
        .orElse(false)
        && (a.role() == ActorRole.LEADER || a.role() == ActorRole.DEPUTY);
    return new Actor(a.id(), a.displayName(), a.role(), a.person(), a.unit(), leaderPowers);
  }

  @Override
  public Optional<Account> authenticate(String username, String password) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    return accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
        .filter(Account::enabled)
        .filter(a -> a.passwordHash().map(h -> hasher.matches(password, h)).orElse(false));
  }

  /** The roster's role as an account role. */
  public static ActorRole roleOf(Role role) {
    return ActorRole.valueOf(role.name());
  }
}
