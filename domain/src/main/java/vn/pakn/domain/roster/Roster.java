package vn.pakn.domain.roster;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import vn.pakn.domain.text.VietnameseText;

/**
 * The working group (Tổ công tác): its people and the sectors each member owns. A roster that
 * breaks the seed's structure does not build; the message names every problem found.
 */
@Value.Immutable
public abstract class Roster {

  /** The group's name, e.g. "Tổ công tác tiếp nhận và xử lý thông tin huyện Hòa An". */
  public abstract String groupName();

  public abstract List<Person> people();

  public abstract List<Sector> sectors();

  @Value.Derived
  Map<PersonId, Person> peopleById() {
    Map<PersonId, Person> byId = new HashMap<>();
    people().forEach(p -> byId.putIfAbsent(p.id(), p));
    return ImmutableMap.copyOf(byId);
  }

  @Value.Derived
  Map<SectorCode, Sector> sectorsByCode() {
    Map<SectorCode, Sector> byCode = new HashMap<>();
    sectors().forEach(s -> byCode.putIfAbsent(s.code(), s));
    return ImmutableMap.copyOf(byCode);
  }

  @Value.Check
  protected void validate() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Danh sách Tổ công tác không hợp lệ: " + String.join("; ", problems));
    }
  }

  private List<String> problems() {
    List<String> problems = new ArrayList<>();
    duplicates(people().stream().map(p -> p.id().value()).collect(Collectors.toList()))
        .forEach(id -> problems.add("mã người '" + id + "' xuất hiện nhiều lần"));
    List<Person> leaders = withRole(Role.LEADER);
    if (leaders.isEmpty()) {
      problems.add("không có Tổ trưởng");
    } else if (leaders.size() > 1) {
      problems.add("có " + leaders.size() + " Tổ trưởng (" + names(leaders) + "), chỉ được một");
    }
    Map<String, List<Sector>> byCode = sectors().stream().collect(Collectors.groupingBy(s -> s.code().value()));
    byCode.forEach((code, same) -> {
      if (same.size() > 1) {
        problems.add("lĩnh vực '" + code + "' được giao nhiều lần (cho "
            + same.stream().map(s -> s.owner().value()).collect(Collectors.joining(", ")) + ")");
      }
    });
    Map<String, List<Sector>> byName = sectors().stream()
        .collect(Collectors.groupingBy(s -> VietnameseText.fold(s.name())));
    byName.forEach((name, same) -> {
      if (same.size() > 1 && same.stream().map(Sector::code).distinct().count() > 1) {
        problems.add("lĩnh vực '" + same.get(0).name() + "' được khai báo nhiều lần ("
            + same.stream().map(s -> s.code().value()).collect(Collectors.joining(", ")) + ")");
      }
    });
    for (Sector sector : sectors()) {
      if (!peopleById().containsKey(sector.owner())) {
        problems.add("lĩnh vực '" + sector.code() + "' giao cho người không có trong danh sách: " + sector.owner());
      }
    }
    for (Duty duty : Duty.values()) {
      if (duty.required() && people().stream().noneMatch(p -> p.holds(duty))) {
        problems.add("không ai được giao nhiệm vụ '" + duty.label() + "'");
      }
    }
    for (Duty leadersOnly : List.of(Duty.ACCOUNT_MANAGEMENT, Duty.SIGNING)) {
      people().stream()
          .filter(p -> p.holds(leadersOnly) && p.role() != Role.LEADER)
          .forEach(p -> problems.add("nhiệm vụ '" + leadersOnly.label() + "' chỉ thuộc Tổ trưởng, không giao cho "
              + p.fullName()));
    }
    return problems;
  }

  private static List<String> duplicates(Collection<String> values) {
    Map<String, Long> counts = values.stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted()
        .collect(Collectors.toList());
  }

  private static String names(List<Person> people) {
    return people.stream().map(Person::fullName).collect(Collectors.joining(", "));
  }

  public List<Person> withRole(Role role) {
    return people().stream().filter(p -> p.role() == role).collect(Collectors.toList());
  }

  public Person leader() {
    return withRole(Role.LEADER).get(0);
  }

  public List<Person> deputies() {
    return withRole(Role.DEPUTY);
  }

  public Optional<Person> findPerson(PersonId id) {
    return Optional.ofNullable(peopleById().get(id));
  }

  public Person person(PersonId id) {
    return findPerson(id).orElseThrow(() -> new NoSuchElementException("Không có người '" + id + "' trong Tổ công tác"));
  }

  public Optional<Sector> findSector(SectorCode code) {
    return Optional.ofNullable(sectorsByCode().get(code));
  }

  public Sector sector(SectorCode code) {
    return findSector(code).orElseThrow(() -> new NoSuchElementException("Không có lĩnh vực '" + code + "'"));
  }

  /** The member who owns a sector (R1: one sector, one responsible member). */
  public Person ownerOf(SectorCode code) {
    return person(sector(code).owner());
  }

  public List<Sector> sectorsOwnedBy(PersonId id) {
    return sectors().stream().filter(s -> s.owner().equals(id)).collect(Collectors.toList());
  }

  public List<Person> holdersOf(Duty duty) {
    return people().stream().filter(p -> p.holds(duty)).collect(Collectors.toList());
  }

  /** The sector that receives complaints, denunciations or corruption reports of this kind (R1, R2 case 3). */
  public Optional<Sector> sectorOfKind(SectorKind kind) {
    return sectors().stream().filter(s -> s.kind() == kind).findFirst();
  }

  /**
   * Whether this delegation is one the roster allows: from the leader to a deputy. Returns the
   * problem in Vietnamese, or empty when lawful.
   */
  public Optional<String> checkDelegation(Delegation delegation) {
    Optional<Person> from = findPerson(delegation.from());
    Optional<Person> to = findPerson(delegation.to());
    if (from.isEmpty() || from.get().role() != Role.LEADER) {
      return Optional.of("Chỉ Tổ trưởng được ủy quyền");
    }
    if (to.isEmpty() || to.get().role() != Role.DEPUTY) {
      return Optional.of("Chỉ được ủy quyền cho Tổ phó");
    }
    return Optional.empty();
  }

  /**
   * Whether the person may exercise the leader's powers on that day: the leader always; a deputy
   * only under a lawful delegation covering the day (seed I.2, R3).
   */
  public boolean actsAsLeader(PersonId id, LocalDate day, Collection<Delegation> delegations) {
    Optional<Person> person = findPerson(id);
    if (person.isEmpty()) {
      return false;
    }
    if (person.get().role() == Role.LEADER) {
      return true;
    }
    return person.get().role() == Role.DEPUTY
        && delegations.stream().anyMatch(d -> d.to().equals(id) && d.coversDate(day) && checkDelegation(d).isEmpty());
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutableRoster.Builder {}
}
