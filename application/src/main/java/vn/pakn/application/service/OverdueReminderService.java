package vn.pakn.application.service;

import java.time.LocalDate;
import java.util.List;
import vn.pakn.application.port.in.RemindOverdueUseCase;
import vn.pakn.application.port.out.Notification.Kind;
import vn.pakn.application.port.out.PetitionRepository;
import vn.pakn.application.port.out.Recipient;
import vn.pakn.application.port.out.TransactionRunner;
import vn.pakn.application.query.PetitionSummary;
import vn.pakn.domain.deadline.Reminder;
import vn.pakn.domain.petition.Moment;

/**
 * R5: each run finds forwarded petitions whose deadline is near or past and creates the reminders the
 * policy says are due today. Every reminder has a key (petition, recipient, kind, deadline) that the
 * store keeps unique, so running it twice, or on two instances at once, never reminds twice.
 */
public final class OverdueReminderService implements RemindOverdueUseCase {

  private final PetitionRepository petitions;
  private final TransactionRunner transactions;
  private final District district;
  private final Notifier notifier;

  OverdueReminderService(PetitionRepository petitions, TransactionRunner transactions, District district,
      Notifier notifier) {
    this.petitions = petitions;
    this.transactions = transactions;
    this.district = district;
    this.notifier = notifier;
  }

  @Override
  public ReminderRun remindOverdue() {
    District.Rules rules = district.rules();
    Moment now = district.now();
    LocalDate horizon = rules.calendar().addWorkingDays(now.day(), rules.profile().deadlineRules().remindBeforeWorkingDays());
    List<PetitionSummary> due = petitions.forwardedDueBy(horizon);
    int created = 0;
    for (PetitionSummary petition : due) {
      List<Reminder> reminders = rules.reminders().remindersDue(petition.assignee(), petition.deadline().orElseThrow(),
          now.day());
      created += transactions.inTransaction(() -> {
        int n = 0;
        for (Reminder r : reminders) {
          if (notifier.tellOnce(Recipient.person(r.recipient()), kind(r), petition.id(), message(petition, r), now,
              petition.id().value() + "|" + r.dedupKey())) {
            n++;
          }
        }
        return n;
      });
    }
    return new ReminderRun(due.size(), created);
  }

  private static Kind kind(Reminder r) {
    return switch (r.kind()) {
      case DUE_SOON -> Kind.DUE_SOON;
      case OVERDUE -> Kind.OVERDUE;
      case OVERDUE_ESCALATED -> Kind.OVERDUE_ESCALATED;
    };
  }

  private static String message(PetitionSummary p, Reminder r) {
    String deadline = Notifier.DAY.format(r.deadline());
    return switch (r.kind()) {
      case DUE_SOON -> "Phản ánh “" + p.title() + "” sắp đến hạn trả lời (" + deadline + ")";
      case OVERDUE -> "Phản ánh “" + p.title() + "” đã quá hạn trả lời (" + deadline + ")";
      case OVERDUE_ESCALATED -> "Phản ánh “" + p.title() + "” quá hạn " + r.overdueWorkingDays()
          + " ngày làm việc (hạn " + deadline + "): đề nghị Tổ trưởng chỉ đạo";
    };
  }
}
