package vn.pakn.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.application.service.ServiceTestSupport.forwarded;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.application.fake.InMemoryPakn;
import vn.pakn.application.port.in.RemindOverdueUseCase.ReminderRun;
import vn.pakn.application.port.out.Notification;
import vn.pakn.application.port.out.Recipient;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.fixtures.PetitionFixtures;

/** R5: reminders to the assignee, the member with the reminder duty, then the leader; never twice. */
class OverdueReminderServiceTest {

  private final InMemoryPakn app = new InMemoryPakn(DistrictFixtures.profile(), PetitionFixtures.T0);

  private List<Notification.Kind> kindsFor(java.time.Instant after, vn.pakn.domain.roster.PersonId person) {
    return app.notifications.forRecipients(List.of(Recipient.person(person)), false, 100).stream()
        .filter(n -> n.kind() == Notification.Kind.DUE_SOON || n.kind() == Notification.Kind.OVERDUE
            || n.kind() == Notification.Kind.OVERDUE_ESCALATED)
        .map(Notification::kind).toList();
  }

  @Test
  void givenForwardedPetition_whenDaysPass_thenDueSoonOverdueAndEscalatedEachOnce() {
    // Thursday 9/1/2020; deadline Tuesday 14/1/2020.
    forwarded(app, "Mất điện", LocalDate.of(2020, 1, 14));

    assertThat(app.services.reminders().remindOverdue().remindersCreated()).isZero(); // 3 working days left

    app.clock.advance(Duration.ofDays(4)); // Monday 13/1: one working day left
    assertThat(app.services.reminders().remindOverdue().remindersCreated()).isEqualTo(1);
    assertThat(app.services.reminders().remindOverdue().remindersCreated()).isZero(); // run again: nothing new

    app.clock.advance(Duration.ofDays(2)); // Wednesday 15/1: overdue
    ReminderRun overdue = app.services.reminders().remindOverdue();
    assertThat(overdue.remindersCreated()).isEqualTo(2); // assignee and the member with the reminder duty
    assertThat(kindsFor(null, DistrictFixtures.MEDIA)).containsExactly(Notification.Kind.OVERDUE);

    app.clock.advance(Duration.ofDays(6)); // Tuesday 21/1: 5 working days overdue
    assertThat(app.services.reminders().remindOverdue().remindersCreated()).isEqualTo(1);
    assertThat(kindsFor(null, DistrictFixtures.LEADER)).containsExactly(Notification.Kind.OVERDUE_ESCALATED);
    assertThat(kindsFor(null, DistrictFixtures.INFRASTRUCTURE))
        .containsExactlyInAnyOrder(Notification.Kind.DUE_SOON, Notification.Kind.OVERDUE);
    assertThat(app.services.reminders().remindOverdue().remindersCreated()).isZero();
  }

  @Test
  void givenAnsweredPetition_whenPastDeadline_thenNoReminder() {
    var p = forwarded(app, "Mất điện", LocalDate.of(2020, 1, 14));
    app.services.workflow().answer(DistrictFixtures.unitAccount(DistrictFixtures.COMMUNE),
        new vn.pakn.application.port.in.RecordUnitAnswerUseCase.RecordUnitAnswerCommand(p.id(), "Đã xử lý",
            ServiceTestSupport.ANY));
    app.clock.advance(Duration.ofDays(10));
    assertThat(app.services.reminders().remindOverdue().petitionsChecked()).isZero();
  }
}
