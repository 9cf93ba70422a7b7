package vn.pakn.application.service;

import java.util.ArrayList;
import java.util.List;
import vn.pakn.application.port.in.ListNotificationsUseCase;
import vn.pakn.application.port.out.Notification;
import vn.pakn.application.port.out.NotificationRepository;
import vn.pakn.application.port.out.Recipient;
import vn.pakn.domain.access.Actor;

/** Each account reads the notifications addressed to its person, its unit or the reception team. */
public final class NotificationService implements ListNotificationsUseCase {

  private static final int LIMIT = 200;

  private final NotificationRepository notifications;

  NotificationService(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  static List<Recipient> recipientsOf(Actor actor) {
    List<Recipient> out = new ArrayList<>();
    actor.person().ifPresent(p -> out.add(Recipient.person(p)));
    actor.unit().ifPresent(u -> out.add(Recipient.unit(u)));
    if (actor.role() == vn.pakn.domain.access.ActorRole.RECEPTION) {
      out.add(Recipient.reception());
    }
    return out;
  }

  @Override
  public List<Notification> list(Actor actor, boolean unreadOnly) {
    return notifications.forRecipients(recipientsOf(actor), unreadOnly, LIMIT);
  }

  @Override
  public long unreadCount(Actor actor) {
    return notifications.countUnread(recipientsOf(actor));
  }

  @Override
  public boolean markRead(Actor actor, String notificationId) {
    return notifications.markRead(notificationId, recipientsOf(actor));
  }
}
