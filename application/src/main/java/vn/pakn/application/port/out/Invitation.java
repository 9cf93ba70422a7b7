package vn.pakn.application.port.out;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/** A one-time invitation to set an account's password: only the link's fingerprint is stored. */
public record Invitation(String fingerprint, String accountId, Instant expiresAt) {

  public Invitation {
    checkArgument(fingerprint != null && !fingerprint.isBlank(), "fingerprint");
    checkArgument(accountId != null && !accountId.isBlank(), "accountId");
    checkNotNull(expiresAt, "expiresAt");
  }
}
