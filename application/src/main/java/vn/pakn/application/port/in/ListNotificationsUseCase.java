package vn.pakn.application.port.in;

import java.util.List;
import vn.pakn.application.port.out.Notification;
import vn.pakn.domain.access.Actor;

/** The actor's notifications: reminders, forwarded petitions, opinions asked and given, signed documents. */
public interface ListNotificationsUseCase {

  List<Notification> list(Actor actor, boolean unreadOnly);

  long unreadCount(Actor actor);

  boolean markRead(Actor actor, String notificationId);
}
