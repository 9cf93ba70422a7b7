package vn.pakn.application.service;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.pakn.application.port.out.IdGenerator;
import vn.pakn.application.port.out.Notification;
import vn.pakn.application.port.out.NotificationRepository;
import vn.pakn.application.port.out.Recipient;
import vn.pakn.domain.petition.Moment;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;

/** Creates notifications; messages name the petition by title and never carry the sender's personal data. */
final class Notifier {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final NotificationRepository notifications;
  private final IdGenerator ids;

  Notifier(NotificationRepository notifications, IdGenerator ids) {
    this.notifications = notifications;
    this.ids = ids;
  }

  void tell(List<Recipient> recipients, Notification.Kind kind, Petition petition, String message, Moment when) {
    for (Recipient r : recipients) {
      notifications.add(new Notification(ids.newId(), r, kind, Optional.of(petition.id()),
          message, when.at(), Optional.empty(), false));
    }
  }

  /** Adds a notification at most once per key; returns whether it was new. */
  boolean tellOnce(Recipient recipient, Notification.Kind kind, PetitionId petition,
      String message, Moment when, String dedupKey) {
    return notifications.add(new Notification(ids.newId(), recipient, kind, Optional.of(petition), message, when.at(),
        Optional.of(dedupKey), false));
  }

  static String quoted(Petition p) {
    return "“" + p.title() + "”";
  }
}
