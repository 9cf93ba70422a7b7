package vn.pakn.application.port.in;

/**
 * R5: find forwarded petitions near or past their deadline and create the reminders the policy says
 * are due today, each at most once (safe when several server instances run it at once).
 */
public interface RemindOverdueUseCase {

  ReminderRun remindOverdue();

  /** How many petitions were looked at and how many reminders were created in this run. */
  record ReminderRun(int petitionsChecked, int remindersCreated) {}
}
