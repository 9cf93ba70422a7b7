package vn.pakn.application.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import vn.pakn.domain.petition.PetitionId;

/**
 * A keyset position in the inbox, which is ordered newest first by (receivedAt, id): the next page
 * starts strictly after it. Opaque to clients.
 */
public record Cursor(Instant receivedAt, PetitionId id) {

  public String encode() {
    String raw = receivedAt.getEpochSecond() + "." + receivedAt.getNano() + "." + id.value();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** @throws IllegalArgumentException naming the field when the text is not a cursor this server made */
  public static Cursor decode(String text) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      String[] parts = raw.split("\\.", 3);
      return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
          PetitionId.of(parts[2]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cursor: con trỏ trang không hợp lệ");
    }
  }

  public static Cursor of(PetitionSummary last) {
    return new Cursor(last.receivedAt(), last.id());
  }
}
