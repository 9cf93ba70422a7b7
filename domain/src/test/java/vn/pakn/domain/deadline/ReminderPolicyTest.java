package vn.pakn.domain.deadline;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.roster.Duty;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.Role;
import vn.pakn.domain.roster.Roster;

class ReminderPolicyTest {

  private static final PersonId LEADER = PersonId.of("hoangthihongvan");
  private static final PersonId DEPUTY = PersonId.of("tovubien");
  private static final PersonId MEMBER = PersonId.of("samngocdoan");
  private static final PersonId REMINDER = PersonId.of("nguyentrungnghien");
  private static final PersonId REPORTER = PersonId.of("vilalinh");

  private static final Roster ROSTER = Roster.builder()
      .groupName("Tổ công tác thử nghiệm")
      .addPeople(person(LEADER, "Hoàng Thị Hồng Vân", Role.LEADER,
          Duty.ACCOUNT_MANAGEMENT, Duty.ROUTING_OPINIONS, Duty.SIGNING, Duty.SUPERVISION))
      .addPeople(person(DEPUTY, "Tô Vũ Biên", Role.DEPUTY, Duty.ROUTING_OPINIONS, Duty.SUPERVISION))
      .addPeople(person(MEMBER, "Sầm Ngọc Đoàn", Role.MEMBER))
      .addPeople(person(REMINDER, "Nguyễn Trung Nghiên", Role.MEMBER, Duty.OVERDUE_REMINDERS, Duty.TECHNICAL_SUPPORT))
      .addPeople(person(REPORTER, "Vi La Linh", Role.MEMBER, Duty.PERIODIC_REPORTS, Duty.DOCUMENT_DRAFTING))
      .build();

  /** Friday; Mon 10/02 is 4 working days before it, Wed 12/02 two. */
  private static final LocalDate DEADLINE = of(2025, 2, 14);

  private final ReminderPolicy policy =
      ReminderPolicy.of(ROSTER, new DeadlineRules(10, 2, 3), WorkingCalendar.national());

  private static Person person(PersonId id, String name, Role role, Duty... duties) {
    return Person.builder().id(id).fullName(name).position("Chuyên viên").role(role).addDuties(duties).build();
  }

  @Test
  void givenMoreWorkingDaysLeftThanTheWindow_whenAskingForReminders_thenNone() {
    assertThat(policy.remindersDue(MEMBER, DEADLINE, of(2025, 2, 10))).isEmpty();
    assertThat(policy.remindersDue(MEMBER, DEADLINE, of(2025, 2, 11))).isEmpty();
  }

  @Test
  void givenTwoWorkingDaysLeft_whenAskingForReminders_thenTheAssigneeIsRemindedItIsDueSoon() {
    assertThat(policy.remindersDue(MEMBER, DEADLINE, of(2025, 2, 12)))
        .containsExactly(new Reminder(MEMBER, ReminderKind.DUE_SOON, DEADLINE, 0));
  }

  @Test
  void givenTheDeadlineIsToday_whenAskingForReminders_thenStillDueSoonNotOverdue() {
    assertThat(policy.remindersDue(MEMBER, DEADLINE, DEADLINE))
        .containsExactly(new Reminder(MEMBER, ReminderKind.DUE_SOON, DEADLINE, 0));
  }

  @Test
  void givenNoReminderWindow_whenTheDeadlineIsNear_thenNoDueSoonReminder() {
    ReminderPolicy noWindow = ReminderPolicy.of(ROSTER, new DeadlineRules(10, 0, 3), WorkingCalendar.national());
    assertThat(noWindow.remindersDue(MEMBER, DEADLINE, DEADLINE)).isEmpty();
  }

  @Test
  void givenOneWorkingDayOverdue_whenAskingForReminders_thenTheAssigneeAndTheReminderDutyHolderAreRemindedButNotTheLeader() {
    assertThat(policy.remindersDue(MEMBER, DEADLINE, of(2025, 2, 17)))
        .extracting(Reminder::recipient, Reminder::kind, Reminder::overdueWorkingDays)
        .containsExactly(tuple(MEMBER, ReminderKind.OVERDUE, 1), tuple(REMINDER, ReminderKind.OVERDUE, 1));
  }

  @Test
  void givenOneWorkingDayShortOfEscalation_whenAskingForReminders_thenTheLeaderIsNotYetTold() {
    assertThat(policy.remindersDue(MEMBER, DEADLINE, of(2025, 2, 18)))
        .extracting(Reminder::recipient).doesNotContain(LEADER).containsExactly(MEMBER, REMINDER);
  }

  @Test
  void givenOverdueByTheEscalationThreshold_whenAskingForReminders_thenTheLeaderIsToldToo() {
    assertThat(policy.remindersDue(MEMBER, DEADLINE, of(2025, 2, 19))).containsExactly(
        new Reminder(MEMBER, ReminderKind.OVERDUE, DEADLINE, 3),
        new Reminder(REMINDER, ReminderKind.OVERDUE, DEADLINE, 3),
        new Reminder(LEADER, ReminderKind.OVERDUE_ESCALATED, DEADLINE, 3));
  }

  @Test
  void givenTheAssigneeHoldsTheReminderDuty_whenOverdue_thenRemindedOnce() {
    assertThat(policy.remindersDue(REMINDER, DEADLINE, of(2025, 2, 17)))
        .containsExactly(new Reminder(REMINDER, ReminderKind.OVERDUE, DEADLINE, 1));
  }

  @Test
  void givenTheSameOverdueReminderOnTwoDays_whenComparingDedupKeys_thenTheKeysAreEqual() {
    List<Reminder> monday = policy.remindersDue(MEMBER, DEADLINE, of(2025, 2, 17));
    List<Reminder> tuesday = policy.remindersDue(MEMBER, DEADLINE, of(2025, 2, 18));
    assertThat(monday).isNotEqualTo(tuesday);
    assertThat(monday).extracting(Reminder::dedupKey).isEqualTo(tuesday.stream().map(Reminder::dedupKey).toList())
        .containsExactly("samngocdoan|OVERDUE|2025-02-14", "nguyentrungnghien|OVERDUE|2025-02-14");
  }

  @Test
  void givenDifferentKindsOrDeadlines_whenComparingDedupKeys_thenTheKeysDiffer() {
    Reminder soon = new Reminder(MEMBER, ReminderKind.DUE_SOON, DEADLINE, 0);
    assertThat(soon.dedupKey())
        .isNotEqualTo(new Reminder(MEMBER, ReminderKind.OVERDUE, DEADLINE, 0).dedupKey())
        .isNotEqualTo(new Reminder(MEMBER, ReminderKind.DUE_SOON, DEADLINE.plusDays(3), 0).dedupKey())
        .isNotEqualTo(new Reminder(REMINDER, ReminderKind.DUE_SOON, DEADLINE, 0).dedupKey());
  }

  @Test
  void givenADeadlineJustAfterTet_whenAskingForRemindersBeforeTet_thenTetDaysDoNotShortenTheWindow() {
    // Deadline Wed 05/02/2025: from Fri 24/01 the working days left are 27/01, 04/02, 05/02.
    assertThat(policy.remindersDue(MEMBER, of(2025, 2, 5), of(2025, 1, 24))).isEmpty();
    assertThat(policy.remindersDue(MEMBER, of(2025, 2, 5), of(2025, 1, 27))).extracting(Reminder::kind)
        .containsExactly(ReminderKind.DUE_SOON);
  }
}
