package vn.pakn.domain.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;

/** A written answer: by a unit, by the reception team, or to the citizen. */
public record Answer(String byAccount, String byName, Instant at, LocalDate on, String text) {

  public Answer {
    checkNotNull(byAccount, "byAccount");
    checkNotNull(byName, "byName");
    checkNotNull(at, "at");
    checkNotNull(on, "on");
    checkArgument(text != null && !text.isBlank(), "Nội dung trả lời không được để trống");
    checkArgument(text.length() <= 20_000, "Nội dung trả lời dài quá 20.000 ký tự");
  }
}
