package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InputStream;
import java.util.regex.Pattern;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.EvidenceItem;
import vn.pakn.domain.petition.EvidenceKind;
import vn.pakn.domain.petition.PetitionId;

/**
 * R2 case 1 steps 1–2: attach verification material — a call recording (with the citizen's consent
 * asked and the citizen informed), an e-mail exchange, a document or an image. The bytes are streamed.
 */
public interface AttachEvidenceUseCase {

  Outcome<EvidenceItem> attach(Actor actor, AttachEvidenceCommand command);

  record AttachEvidenceCommand(PetitionId petition, String fileName, String contentType, EvidenceKind kind,
      boolean consentAsked, boolean citizenInformed, InputStream content) {

    private static final Pattern SAFE_NAME = Pattern.compile("[^\\\\/:*?\"<>|\\p{Cntrl}]+");

    public AttachEvidenceCommand {
      checkNotNull(petition, "petition");
      fileName = Commands.required(fileName, "fileName", 200);
      checkArgument(SAFE_NAME.matcher(fileName).matches() && !fileName.startsWith(".") ,
          "fileName: tên tệp chứa ký tự không cho phép");
      contentType = Commands.required(contentType, "contentType", 200);
      checkNotNull(kind, "kind: chọn loại tư liệu");
      checkNotNull(content, "content");
    }
  }
}
