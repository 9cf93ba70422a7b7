package vn.pakn.application.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.pakn.application.port.in.AdviseDeadlineUseCase;
import vn.pakn.application.port.in.ManageRosterUseCase;
import vn.pakn.application.port.in.Outcome;
import vn.pakn.application.port.in.Problem;
import vn.pakn.application.port.out.PetitionRepository;
import vn.pakn.application.port.out.ProfileRepository;
import vn.pakn.application.port.out.TransactionRunner;
import vn.pakn.application.query.PetitionFilter;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.access.AdministrationAccess;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.roster.PersonId;

/** The leader changes the district profile; nobody with open petitions is dropped from the roster. */
public final class RosterService implements ManageRosterUseCase, AdviseDeadlineUseCase {

  private final ProfileRepository profiles;
  private final PetitionRepository petitions;
  private final TransactionRunner transactions;
  private final District district;

  RosterService(ProfileRepository profiles, PetitionRepository petitions, TransactionRunner transactions,
      District district) {
    this.profiles = profiles;
    this.petitions = petitions;
    this.transactions = transactions;
    this.district = district;
  }

  @Override
  public DistrictProfile current() {
    return profiles.current();
  }

  @Override
  public DeadlineAdvice advise(Optional<LocalDate> deadline) {
    District.Rules rules = district.rules();
    LocalDate today = district.today();
    LocalDate byDefault = rules.deadlines().defaultDeadline(today);
    LocalDate chosen = deadline.orElse(byDefault);
    return new DeadlineAdvice(today, byDefault, chosen, rules.deadlines().workingDaysLeft(chosen, today),
        rules.deadlines().checkDeadline(today, chosen));
  }

  @Override
  public Outcome<DistrictProfile> replace(Actor actor, DistrictProfile next) {
    Optional<String> denied = AdministrationAccess.mayManageRoster(actor);
    if (denied.isPresent()) {
      return Outcome.failure(Problem.forbidden(denied.get()));
    }
    Set<PersonId> staying = next.roster().people().stream().map(Person::id).collect(Collectors.toSet());
    List<String> blocked = new ArrayList<>();
    for (Person leaving : profiles.current().roster().people()) {
      if (!staying.contains(leaving.id())) {
        long open = petitions.countByStatus(PetitionFilter.all(district.today()).withAssignee(leaving.id()))
            .entrySet().stream().filter(e -> e.getKey() != Status.CLOSED).mapToLong(e -> e.getValue()).sum();
        if (open > 0) {
          blocked.add(leaving.fullName() + " còn " + open + " phản ánh chưa kết thúc");
        }
      }
    }
    if (!blocked.isEmpty()) {
      return Outcome.failure(Problem.of(Problem.Kind.PRECONDITION,
          "Hãy phân công lại trước khi bỏ khỏi danh sách: " + String.join("; ", blocked)));
    }
    transactions.inTransaction(() -> {
      profiles.replace(next);
      return next;
    });
    return Outcome.success(next);
  }
}
