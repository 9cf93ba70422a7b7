package vn.pakn.domain.petition;

import java.util.Optional;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.access.ActorRole;

/**
 * R7 for petitions, in one place: each person sees and does only what their role allows.
 * <ul>
 *   <li>Leader and deputy see every petition; the leader reassigns and signs; the deputy does so only
 *       under a delegation covering today (seed I.2, R3). Both give opinions when asked.</li>
 *   <li>A member works on the petitions assigned to them (3.1).</li>
 *   <li>The reception team answers petitions whose sender could not be reached (R2 case 2).</li>
 *   <li>A unit sees and answers only petitions forwarded to it (R4).</li>
 * </ul>
 */
public final class PetitionAccess {

  private PetitionAccess() {}

  public static Optional<Refusal> check(Actor actor, PetitionAction action, Petition petition) {
    return allowed(actor, action, petition) ? Optional.empty() : Optional.of(refusal(actor, action));
  }

  public static boolean allowed(Actor actor, PetitionAction action, Petition petition) {
    boolean assignee = actor.role().triage() && actor.is(petition.assignee());
    boolean supervisor = actor.role() == ActorRole.LEADER || actor.role() == ActorRole.DEPUTY;
    boolean receptionCase = actor.role() == ActorRole.RECEPTION && petition.passedToReception();
    boolean unitCase = actor.role() == ActorRole.UNIT
        && petition.forwarding().map(f -> actor.unit().map(f.unit()::equals).orElse(false)).orElse(false);
    return switch (action) {
      case VIEW, VIEW_SENDER -> supervisor || assignee || receptionCase || unitCase;
      case REASSIGN, SIGN_DOCUMENT -> actor.leaderPowers();
      case TRIAGE -> assignee;
      case CLOSE -> assignee || actor.leaderPowers();
      case GIVE_OPINION -> supervisor;
      case ANSWER_AS_RECEPTION -> receptionCase;
      case ANSWER_AS_UNIT -> unitCase;
    };
  }

  private static Refusal refusal(Actor actor, PetitionAction action) {
    String message = switch (action) {
      case VIEW, VIEW_SENDER -> "Tài khoản " + actor.displayName() + " không được xem phản ánh này";
      case REASSIGN -> actor.role() == ActorRole.DEPUTY
          ? "Tổ phó chỉ phân công lại khi được Tổ trưởng ủy quyền"
          : "Chỉ Tổ trưởng (hoặc Tổ phó được ủy quyền) được phân công lại";
      case SIGN_DOCUMENT -> actor.role() == ActorRole.DEPUTY
          ? "Tổ phó chỉ ký văn bản chuyển khi được Tổ trưởng ủy quyền"
          : "Chỉ Tổ trưởng (hoặc Tổ phó được ủy quyền) ký văn bản chuyển";
      case TRIAGE -> "Chỉ thành viên được phân công phụ trách phản ánh này mới thực hiện bước này";
      case CLOSE -> "Chỉ thành viên phụ trách hoặc Tổ trưởng được kết thúc phản ánh";
      case GIVE_OPINION -> "Chỉ Tổ trưởng hoặc Tổ phó cho ý kiến";
      case ANSWER_AS_RECEPTION -> "Chỉ tài khoản xử lý của Tổ tiếp nhận trả lời phản ánh không liên hệ được người gửi";
      case ANSWER_AS_UNIT -> "Chỉ tài khoản xử lý của đơn vị được chuyển mới trả lời phản ánh này";
    };
    return Refusal.forbidden(message);
  }
}
