package vn.pakn.application.service;

import java.util.List;
import vn.pakn.application.port.in.Outcome;
import vn.pakn.application.port.in.PreviewRoutingUseCase;
import vn.pakn.application.port.in.ReceivePetitionUseCase;
import vn.pakn.application.port.out.IdGenerator;
import vn.pakn.application.port.out.Notification.Kind;
import vn.pakn.application.port.out.PetitionRepository;
import vn.pakn.application.port.out.Recipient;
import vn.pakn.application.port.out.TransactionRunner;
import vn.pakn.domain.petition.Moment;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.routing.PetitionText;
import vn.pakn.domain.routing.RoutingDecision;

/** R1: receives petitions, routes them (or sends them to the leader), flags complex ones (R3), tells the assignee. */
public final class PetitionIntakeService implements ReceivePetitionUseCase, PreviewRoutingUseCase {

  private final PetitionRepository petitions;
  private final TransactionRunner transactions;
  private final District district;
  private final Notifier notifier;
  private final IdGenerator ids;

  PetitionIntakeService(PetitionRepository petitions, TransactionRunner transactions, District district,
      Notifier notifier, IdGenerator ids) {
    this.petitions = petitions;
    this.transactions = transactions;
    this.district = district;
    this.notifier = notifier;
    this.ids = ids;
  }

  @Override
  public Outcome<Petition> receive(ReceivePetitionCommand command) {
    District.Rules rules = district.rules();
    PetitionText text = command.intake().text();
    RoutingDecision routing = rules.router().route(text);
    List<String> complexity = rules.complexity().reasons(text, routing);
    Moment now = district.now();
    Petition petition = Petition.receive(PetitionId.of(ids.newId()), command.intake(), routing,
        rules.roster().person(routing.assignee()), complexity, now);
    Petition saved = transactions.inTransaction(() -> {
      Petition stored = petitions.add(petition);
      notifier.tell(List.of(Recipient.person(stored.assignee())), Kind.ASSIGNED, stored,
          routing.placed()
              ? "Phản ánh mới " + Notifier.quoted(stored) + " thuộc lĩnh vực anh/chị phụ trách"
              : "Phản ánh mới " + Notifier.quoted(stored) + " chưa xác định được lĩnh vực: đề nghị Tổ trưởng phân công",
          now);
      return stored;
    });
    return Outcome.success(PetitionSteps.masked(saved));
  }

  @Override
  public RoutingDecision preview(PetitionText text) {
    return district.rules().router().route(text);
  }
}
