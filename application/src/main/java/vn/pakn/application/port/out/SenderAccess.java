package vn.pakn.application.port.out;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import vn.pakn.domain.petition.PetitionId;

/** A record that an account looked at a sender's personal details. */
public record SenderAccess(String accountId, String accountName, PetitionId petition, Instant at, String purpose) {

  public SenderAccess {
    checkNotNull(accountId, "accountId");
    checkNotNull(accountName, "accountName");
    checkNotNull(petition, "petition");
    checkNotNull(at, "at");
    purpose = purpose == null ? "" : purpose;
  }
}
