package vn.pakn.application.port.out;

import java.util.List;
import java.util.Optional;

/** Stores accounts; usernames are unique. */
public interface AccountRepository {

  /** Adds an account; returns it with version 1. Throws {@link DuplicateException} when the username is taken. */
  Account add(Account account);

  /** Saves a changed account loaded at {@code version()}; throws {@link VersionConflictException} if it moved. */
  Account update(Account account);

  Optional<Account> findById(String id);

  Optional<Account> findByUsername(String username);

  List<Account> all();
}
