/** Deadlines (R5): the working-day calendar, deadline arithmetic, overdue detection, reminders. */
package vn.pakn.domain.deadline;
