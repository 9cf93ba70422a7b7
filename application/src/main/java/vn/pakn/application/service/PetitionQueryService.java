package vn.pakn.application.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.pakn.application.port.in.GetPetitionUseCase;
import vn.pakn.application.port.in.ListPetitionsUseCase;
import vn.pakn.application.port.in.Outcome;
import vn.pakn.application.port.in.Problem;
import vn.pakn.application.port.in.RevealSenderUseCase;
import vn.pakn.application.port.out.PersonalDataAccessLog;
import vn.pakn.application.port.out.PetitionRepository;
import vn.pakn.application.port.out.SenderAccess;
import vn.pakn.application.query.PetitionFilter;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.access.ActorRole;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionAccess;
import vn.pakn.domain.petition.PetitionAction;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.verification.Sender;

/** The inbox, one petition, and the sender's personal details for those who need them (each look recorded). */
public final class PetitionQueryService implements ListPetitionsUseCase, GetPetitionUseCase, RevealSenderUseCase {

  private final PetitionRepository petitions;
  private final PersonalDataAccessLog accessLog;
  private final PetitionSteps steps;
  private final District district;

  PetitionQueryService(PetitionRepository petitions, PersonalDataAccessLog accessLog, PetitionSteps steps,
      District district) {
    this.petitions = petitions;
    this.accessLog = accessLog;
    this.steps = steps;
    this.district = district;
  }

  @Override
  public Outcome<Inbox> list(Actor actor, PetitionFilter filter) {
    PetitionFilter scoped = scopedTo(actor, filter);
    PetitionFilter forCounts = new PetitionFilter(java.util.Optional.empty(), scoped.sector(), scoped.assignee(),
        scoped.unit(), scoped.overdue(), scoped.receivedFrom(), scoped.receivedTo(), scoped.text(),
        scoped.receptionOnly(), scoped.today(), java.util.Optional.empty(), PetitionFilter.DEFAULT_LIMIT);
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0L);
    }
    counts.putAll(petitions.countByStatus(forCounts));
    return Outcome.success(new Inbox(petitions.list(scoped), counts));
  }

  /**
   * R7 applied to the inbox, mirroring {@link PetitionAccess}'s VIEW: a member sees the petitions assigned
   * to them, a unit those forwarded to it, the reception team those passed to it, leader and deputy all.
   */
  static PetitionFilter scopedTo(Actor actor, PetitionFilter filter) {
    return switch (actor.role()) {
      case LEADER, DEPUTY -> filter;
      case MEMBER -> filter.withAssignee(actor.person().orElseThrow());
      case RECEPTION -> filter.withReceptionOnly();
      case UNIT -> filter.withUnit(actor.unit().orElseThrow());
    };
  }

  @Override
  public Outcome<Petition> get(Actor actor, PetitionId id) {
    return steps.load(actor, id).map(PetitionSteps::masked);
  }

  @Override
  public Outcome<Sender> reveal(Actor actor, PetitionId id, String purpose) {
    Outcome<Petition> found = steps.load(actor, id);
    if (!found.succeeded()) {
      return Outcome.failure(found.problem());
    }
    if (!PetitionAccess.allowed(actor, PetitionAction.VIEW_SENDER, found.orElseThrow())) {
      return Outcome.failure(Problem.forbidden("Tài khoản này không được xem thông tin người gửi"));
    }
    String why = purpose == null || purpose.isBlank() ? "Xem thông tin người gửi" : purpose.strip();
    accessLog.record(new SenderAccess(actor.accountId(), actor.displayName(), id, district.now().at(),
        why.length() > 500 ? why.substring(0, 500) : why));
    return Outcome.success(found.orElseThrow().sender());
  }

  @Override
  public Outcome<List<SenderAccess>> accessLog(Actor actor, PetitionId id) {
    if (actor.role() != ActorRole.LEADER && actor.role() != ActorRole.DEPUTY) {
      return Outcome.failure(Problem.forbidden("Chỉ Tổ trưởng, Tổ phó xem nhật ký truy cập thông tin cá nhân"));
    }
    return steps.load(actor, id).map(p -> accessLog.forPetition(p.id()));
  }
}
