package vn.pakn.application.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.pakn.application.port.out.Account;
import vn.pakn.application.port.out.AccountRepository;
import vn.pakn.application.port.out.DuplicateException;
import vn.pakn.application.port.out.VersionConflictException;

/** Accounts in memory. */
public final class InMemoryAccountRepository implements AccountRepository {

  private final Map<String, Account> accounts = new LinkedHashMap<>();

  @Override
  public synchronized Account add(Account account) {
    if (findByUsername(account.username()).isPresent()) {
      throw new DuplicateException("Tên đăng nhập '" + account.username() + "' đã có");
    }
    Account stored = versioned(account, 1);
    accounts.put(stored.id(), stored);
    return stored;
  }

  @Override
  public synchronized Account update(Account account) {
    Account current = accounts.get(account.id());
    if (current == null || current.version() != account.version()) {
      throw new VersionConflictException("Tài khoản " + account.username() + " đã được người khác cập nhật");
    }
    Account stored = versioned(account, current.version() + 1);
    accounts.put(stored.id(), stored);
    return stored;
  }

  private static Account versioned(Account a, long version) {
    return new Account(a.id(), a.username(), a.displayName(), a.role(), a.person(), a.unit(), a.enabled(),
        a.passwordHash(), a.createdAt(), version);
  }

  @Override
  public synchronized Optional<Account> findById(String id) {
    return Optional.ofNullable(accounts.get(id));
  }

  @Override
  public synchronized Optional<Account> findByUsername(String username) {
    return accounts.values().stream().filter(a -> a.username().equals(username)).findFirst();
  }

  @Override
  public synchronized List<Account> all() {
    return new ArrayList<>(accounts.values());
  }
}
