package vn.pakn.domain.deadline;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A district's deadline settings (R5).
 *
 * @param answerWorkingDays default working days a unit has to answer the citizen after forwarding
 * @param remindBeforeWorkingDays remind the assignee this many working days before the deadline (0: none)
 * @param leaderAfterOverdueWorkingDays tell the leader once a petition is this many working days overdue
 */
public record DeadlineRules(int answerWorkingDays, int remindBeforeWorkingDays, int leaderAfterOverdueWorkingDays) {

  public DeadlineRules {
    checkArgument(answerWorkingDays >= 1 && answerWorkingDays <= 90,
        "Thời hạn trả lời phải từ 1 đến 90 ngày làm việc: %s", answerWorkingDays);
    checkArgument(remindBeforeWorkingDays >= 0 && remindBeforeWorkingDays < answerWorkingDays,
        "Số ngày nhắc trước hạn phải từ 0 đến dưới thời hạn trả lời: %s", remindBeforeWorkingDays);
    checkArgument(leaderAfterOverdueWorkingDays >= 1 && leaderAfterOverdueWorkingDays <= 60,
        "Số ngày quá hạn trước khi báo Tổ trưởng phải từ 1 đến 60: %s", leaderAfterOverdueWorkingDays);
  }
}
