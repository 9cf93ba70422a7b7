package vn.pakn.domain.routing;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * What routing reads: the title, the content and the field the sender picked (often missing or
 * wrong, R1).
 */
public record PetitionText(String title, String content, Optional<String> sectorHint) {

  public PetitionText {
    checkArgument(title != null, "title");
    checkArgument(content != null, "content");
    sectorHint = sectorHint == null ? Optional.empty() : sectorHint.filter(h -> !h.isBlank());
  }

  public static PetitionText of(String title, String content, String sectorHintOrNull) {
    return new PetitionText(title, content, Optional.ofNullable(sectorHintOrNull));
  }
}
