package vn.pakn.domain.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import vn.pakn.domain.routing.PetitionText;
import vn.pakn.domain.verification.Sender;

/** What a citizen submits. Field names in messages match the API's. */
public record Intake(String title, String content, Optional<String> sectorHint, Sender sender, Channel channel) {

  public static final int MAX_TITLE = 300;
  public static final int MAX_CONTENT = 20_000;

  public Intake {
    checkArgument(title != null && !title.isBlank(), "title: tiêu đề không được để trống");
    checkArgument(content != null && !content.isBlank(), "content: nội dung không được để trống");
    title = title.strip();
    content = content.strip();
    checkArgument(title.length() <= MAX_TITLE, "title: tiêu đề dài quá %s ký tự", MAX_TITLE);
    checkArgument(content.length() <= MAX_CONTENT, "content: nội dung dài quá %s ký tự", MAX_CONTENT);
    sectorHint = sectorHint == null ? Optional.empty() : sectorHint.map(String::strip).filter(h -> !h.isEmpty());
    sectorHint.ifPresent(h -> checkArgument(h.length() <= 200, "sectorHint: dài quá 200 ký tự"));
    sender = sender == null ? Sender.anonymous() : sender;
    checkNotNull(channel, "channel");
  }

  public PetitionText text() {
    return new PetitionText(title, content, sectorHint);
  }
}
