package vn.pakn.application.port.out;

import java.util.List;

/** Stores notifications; at most one per dedup key, even when several server instances add at once. */
public interface NotificationRepository {

  /** Adds the notification unless one with the same dedup key exists; returns whether it was added. */
  boolean add(Notification notification);

  /** Newest first. */
  List<Notification> forRecipients(List<Recipient> recipients, boolean unreadOnly, int limit);

  long countUnread(List<Recipient> recipients);

  /** Marks read, only among the given recipients' notifications; returns whether one was changed. */
  boolean markRead(String notificationId, List<Recipient> recipients);
}
