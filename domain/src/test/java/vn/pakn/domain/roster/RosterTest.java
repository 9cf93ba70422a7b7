package vn.pakn.domain.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.pakn.domain.fixtures.DistrictFixtures.DEPUTY;
import static vn.pakn.domain.fixtures.DistrictFixtures.INFRASTRUCTURE;
import static vn.pakn.domain.fixtures.DistrictFixtures.INSPECTOR;
import static vn.pakn.domain.fixtures.DistrictFixtures.LEADER;
import static vn.pakn.domain.fixtures.DistrictFixtures.POWER;
import static vn.pakn.domain.fixtures.DistrictFixtures.SOCIAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.fixtures.DistrictFixtures;

class RosterTest {

  private static final LocalDate JAN_10 = LocalDate.of(2020, 1, 10);
  private static final LocalDate JAN_15 = LocalDate.of(2020, 1, 15);

  private final Roster roster = DistrictFixtures.roster();

  // ---- building ----

  @Test
  void givenTheHoaAnShapedRoster_whenBuilding_thenItBuildsWithOneLeaderAndEachSectorsOwner() {
    assertThat(roster.leader().id()).isEqualTo(LEADER);
    assertThat(roster.deputies()).extracting(Person::id).containsExactly(DEPUTY);
    assertThat(roster.ownerOf(POWER).id()).isEqualTo(INFRASTRUCTURE);
    assertThat(roster.holdersOf(Duty.PERIODIC_REPORTS)).extracting(Person::id).containsExactly(SOCIAL);
  }

  @Test
  void givenASectorOwnedTwice_whenBuilding_thenRefusedNamingTheSectorCode() {
    List<Sector> sectors = new ArrayList<>(DistrictFixtures.sectors());
    sectors.add(Sector.builder().code(POWER).name("Điện lực").owner(SOCIAL).build());

    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> rosterOf(DistrictFixtures.people(), sectors))
        .withMessageContaining("lĩnh vực 'dien' được giao nhiều lần")
        .withMessageContaining(INFRASTRUCTURE.value())
        .withMessageContaining(SOCIAL.value());
  }

  @Test
  void givenNoLeader_whenBuilding_thenRefusedSayingThereIsNoLeader() {
    List<Person> people = change(LEADER, p -> Person.builder().from(p).role(Role.DEPUTY).build());

    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> rosterOf(people, DistrictFixtures.sectors()))
        .withMessageContaining("không có Tổ trưởng");
  }

  @Test
  void givenTwoLeaders_whenBuilding_thenRefusedNamingBoth() {
    List<Person> people = change(DEPUTY, p -> Person.builder().from(p).role(Role.LEADER).build());

    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> rosterOf(people, DistrictFixtures.sectors()))
        .withMessageContaining("có 2 Tổ trưởng")
        .withMessageContaining("Hoàng Thị Hồng Vân")
        .withMessageContaining("Tô Vũ Biên");
  }

  @Test
  void givenARequiredDutyNobodyHolds_whenBuilding_thenRefusedNamingTheDutyLabel() {
    List<Person> people = change(SOCIAL, p -> Person.builder().from(p).duties(Set.of(Duty.DOCUMENT_DRAFTING)).build());

    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> rosterOf(people, DistrictFixtures.sectors()))
        .withMessageContaining("không ai được giao nhiệm vụ '" + Duty.PERIODIC_REPORTS.label() + "'");
  }

  @Test
  void givenAnOptionalDutyNobodyHolds_whenBuilding_thenItStillBuilds() {
    List<Person> people = change(SOCIAL, p -> Person.builder().from(p).duties(Set.of(Duty.PERIODIC_REPORTS)).build());

    assertThat(rosterOf(people, DistrictFixtures.sectors()).holdersOf(Duty.DOCUMENT_DRAFTING)).isEmpty();
  }

  @Test
  void givenASectorOwnedBySomeoneNotInTheRoster_whenBuilding_thenRefusedNamingSectorAndOwner() {
    List<Sector> sectors = new ArrayList<>(DistrictFixtures.sectors());
    sectors.add(Sector.builder().code(SectorCode.of("nuoc")).name("Nước").owner(PersonId.of("nguoila")).build());

    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> rosterOf(DistrictFixtures.people(), sectors))
        .withMessageContaining("lĩnh vực 'nuoc' giao cho người không có trong danh sách: nguoila");
  }

  @Test
  void givenAccountManagementGivenToANonLeader_whenBuilding_thenRefusedNamingTheDutyAndThePerson() {
    List<Person> people = change(DEPUTY,
        p -> Person.builder().from(p).duties(Set.of(Duty.ROUTING_OPINIONS, Duty.ACCOUNT_MANAGEMENT)).build());

    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> rosterOf(people, DistrictFixtures.sectors()))
        .withMessageContaining("nhiệm vụ '" + Duty.ACCOUNT_MANAGEMENT.label() + "' chỉ thuộc Tổ trưởng")
        .withMessageContaining("Tô Vũ Biên");
  }

  @Test
  void givenSigningGivenToAMember_whenBuilding_thenRefusedNamingTheDuty() {
    List<Person> people = change(INSPECTOR, p -> Person.builder().from(p).duties(Set.of(Duty.SIGNING)).build());

    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> rosterOf(people, DistrictFixtures.sectors()))
        .withMessageContaining("nhiệm vụ '" + Duty.SIGNING.label() + "' chỉ thuộc Tổ trưởng")
        .withMessageContaining("Sầm Ngọc Đoàn");
  }

  @Test
  void givenSeveralProblems_whenBuilding_thenTheMessageNamesEachOfThem() {
    List<Person> people = change(DEPUTY, p -> Person.builder().from(p).role(Role.LEADER).build());
    List<Sector> sectors = new ArrayList<>(DistrictFixtures.sectors());
    sectors.add(Sector.builder().code(POWER).name("Điện lực").owner(SOCIAL).build());

    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> rosterOf(people, sectors))
        .withMessageContaining("có 2 Tổ trưởng")
        .withMessageContaining("lĩnh vực 'dien' được giao nhiều lần");
  }

  // ---- acting as leader ----

  @Test
  void givenTheLeader_whenAskingWhetherSheActsAsLeader_thenAlwaysWithoutAnyDelegation() {
    assertThat(roster.actsAsLeader(LEADER, JAN_10, List.of())).isTrue();
  }

  @Test
  void givenTheDeputyWithoutDelegation_whenAskingWhetherHeActsAsLeader_thenNo() {
    assertThat(roster.actsAsLeader(DEPUTY, JAN_10, List.of())).isFalse();
  }

  @Test
  void givenALawfulDelegation_whenAskingForTheDeputy_thenHeActsAsLeaderOnEveryCoveredDayBoundariesIncluded() {
    List<Delegation> delegations = List.of(DistrictFixtures.delegation(JAN_10, JAN_15));

    assertThat(roster.actsAsLeader(DEPUTY, JAN_10, delegations)).isTrue();
    assertThat(roster.actsAsLeader(DEPUTY, LocalDate.of(2020, 1, 12), delegations)).isTrue();
    assertThat(roster.actsAsLeader(DEPUTY, JAN_15, delegations)).isTrue();
  }

  @Test
  void givenALawfulDelegation_whenAskingForTheDeputyOutsideItsDays_thenHeDoesNotActAsLeader() {
    List<Delegation> delegations = List.of(DistrictFixtures.delegation(JAN_10, JAN_15));

    assertThat(roster.actsAsLeader(DEPUTY, JAN_10.minusDays(1), delegations)).isFalse();
    assertThat(roster.actsAsLeader(DEPUTY, JAN_15.plusDays(1), delegations)).isFalse();
  }

  @Test
  void givenAMember_whenAskingWhetherTheyActAsLeader_thenNeverEvenWithADelegationNamingThem() {
    List<Delegation> delegations = List.of(new Delegation(LEADER, INSPECTOR, JAN_10, JAN_15));

    assertThat(roster.actsAsLeader(INSPECTOR, JAN_10, delegations)).isFalse();
  }

  @Test
  void givenADelegationFromANonLeader_whenAskingForTheDeputy_thenItIsIgnored() {
    List<Delegation> delegations = List.of(new Delegation(INSPECTOR, DEPUTY, JAN_10, JAN_15));

    assertThat(roster.actsAsLeader(DEPUTY, JAN_10, delegations)).isFalse();
  }

  @Test
  void givenSomeoneNotInTheRoster_whenAskingWhetherTheyActAsLeader_thenNo() {
    assertThat(roster.actsAsLeader(PersonId.of("nguoila"), JAN_10, List.of())).isFalse();
  }

  // ---- delegation ----

  @Test
  void givenADelegationFromTheLeaderToTheDeputy_whenChecking_thenLawful() {
    assertThat(roster.checkDelegation(DistrictFixtures.delegation(JAN_10, JAN_15))).isEmpty();
  }

  @Test
  void givenADelegationFromAMember_whenChecking_thenOnlyTheLeaderMayDelegate() {
    assertThat(roster.checkDelegation(new Delegation(INSPECTOR, DEPUTY, JAN_10, JAN_15)))
        .contains("Chỉ Tổ trưởng được ủy quyền");
  }

  @Test
  void givenADelegationToAMember_whenChecking_thenOnlyTheDeputyMayReceiveIt() {
    assertThat(roster.checkDelegation(new Delegation(LEADER, INSPECTOR, JAN_10, JAN_15)))
        .contains("Chỉ được ủy quyền cho Tổ phó");
  }

  @Test
  void givenADelegationEndingBeforeItStarts_whenCreating_thenRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Delegation(LEADER, DEPUTY, JAN_15, JAN_10))
        .withMessageContaining("Ủy quyền kết thúc");
  }

  @Test
  void givenADelegationToOneself_whenCreating_thenRefused() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> new Delegation(LEADER, LEADER, JAN_10, JAN_15))
        .withMessageContaining("tự ủy quyền");
  }

  @Test
  void givenAOneDayDelegation_whenAskingWhichDaysItCovers_thenOnlyThatDay() {
    Delegation oneDay = DistrictFixtures.delegation(JAN_10, JAN_10);

    assertThat(oneDay.coversDate(JAN_10)).isTrue();
    assertThat(oneDay.coversDate(JAN_10.plusDays(1))).isFalse();
    assertThat(oneDay.coversDate(JAN_10.minusDays(1))).isFalse();
  }

  // ---- helpers ----

  private static Roster rosterOf(List<Person> people, List<Sector> sectors) {
    return Roster.builder().groupName("Tổ công tác thử nghiệm").people(people).sectors(sectors).build();
  }

  private static List<Person> change(PersonId id, UnaryOperator<Person> change) {
    return DistrictFixtures.people().stream()
        .map(p -> p.id().equals(id) ? change.apply(p) : p)
        .collect(Collectors.toList());
  }
}
