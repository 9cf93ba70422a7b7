package vn.pakn.domain.deadline;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.pakn.domain.roster.Duty;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.Roster;

/**
 * Who must be reminded today about one open forwarded petition (R5): the assignee as the
 * deadline nears; the assignee and the holders of {@link Duty#OVERDUE_REMINDERS} once it has
 * passed; the leader, who supervises, once it is overdue by
 * {@link DeadlineRules#leaderAfterOverdueWorkingDays()} working days.
 */
public final class ReminderPolicy {

  private final Roster roster;
  private final DeadlineRules rules;
  private final DeadlinePolicy deadlines;

  private ReminderPolicy(Roster roster, DeadlineRules rules, WorkingCalendar calendar) {
    this.roster = checkNotNull(roster, "roster");
    this.rules = checkNotNull(rules, "rules");
    this.deadlines = DeadlinePolicy.of(rules, calendar);
  }

  public static ReminderPolicy of(Roster roster, DeadlineRules rules, WorkingCalendar calendar) {
    return new ReminderPolicy(roster, rules, calendar);
  }

  /**
   * The reminders due today, at most one per recipient and kind, assignee first. The assignee is
   * taken as given (even one no longer on the roster), so the duty holders still hear of it.
   */
  public List<Reminder> remindersDue(PersonId assignee, LocalDate deadline, LocalDate today) {
    checkNotNull(assignee, "assignee");
    checkNotNull(deadline, "deadline");
    checkNotNull(today, "today");
    if (!deadlines.isOverdue(deadline, today)) {
      int left = deadlines.workingDaysLeft(deadline, today);
      if (rules.remindBeforeWorkingDays() > 0 && left <= rules.remindBeforeWorkingDays()) {
        return List.of(new Reminder(assignee, ReminderKind.DUE_SOON, deadline, 0));
      }
      return List.of();
    }
    int overdue = deadlines.overdueWorkingDays(deadline, today);
    Set<PersonId> toRemind = new LinkedHashSet<>();
    toRemind.add(assignee);
    roster.holdersOf(Duty.OVERDUE_REMINDERS).stream().map(Person::id).forEach(toRemind::add);
    ImmutableList.Builder<Reminder> reminders = ImmutableList.builder();
    toRemind.forEach(id -> reminders.add(new Reminder(id, ReminderKind.OVERDUE, deadline, overdue)));
    if (overdue >= rules.leaderAfterOverdueWorkingDays()) {
      reminders.add(new Reminder(roster.leader().id(), ReminderKind.OVERDUE_ESCALATED, deadline, overdue));
    }
    return reminders.build();
  }
}
