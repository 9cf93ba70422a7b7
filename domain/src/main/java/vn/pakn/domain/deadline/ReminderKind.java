package vn.pakn.domain.deadline;

/** Why the member with the reminder duty, or the software on their behalf, sends a reminder (R5). */
public enum ReminderKind {
  /** To the assignee: the deadline is near. */
  DUE_SOON("Sắp đến hạn trả lời"),
  /** To the assignee and the holders of the reminder duty: the deadline has passed. */
  OVERDUE("Quá hạn trả lời"),
  /** To the leader, who supervises: overdue long enough to need the leader. */
  OVERDUE_ESCALATED("Quá hạn, báo cáo Tổ trưởng");

  private final String label;

  ReminderKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
