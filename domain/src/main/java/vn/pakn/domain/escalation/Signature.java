package vn.pakn.domain.escalation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import vn.pakn.domain.roster.PersonId;

/** Who signed the forwarding document, when, and whether as the deputy under the leader's delegation. */
public record Signature(PersonId signer, String signerName, String signerTitle, Instant signedAt,
    boolean underDelegation) {

  public Signature {
    checkNotNull(signer, "signer");
    checkNotNull(signerName, "signerName");
    checkNotNull(signerTitle, "signerTitle");
    checkNotNull(signedAt, "signedAt");
  }

  /** "KT. TỔ TRƯỞNG / TỔ PHÓ" under delegation, "TỔ TRƯỞNG" otherwise (Nghị định 30/2020/NĐ-CP). */
  public String capacity() {
    return underDelegation ? "KT. TỔ TRƯỞNG\nTỔ PHÓ" : "TỔ TRƯỞNG";
  }
}
