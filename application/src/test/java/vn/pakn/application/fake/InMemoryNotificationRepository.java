package vn.pakn.application.fake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.pakn.application.port.out.Notification;
import vn.pakn.application.port.out.NotificationRepository;
import vn.pakn.application.port.out.Recipient;

/** Notifications in memory, unique by dedup key. */
public final class InMemoryNotificationRepository implements NotificationRepository {

  private final List<Notification> notifications = new ArrayList<>();

  @Override
  public synchronized boolean add(Notification n) {
    if (n.dedupKey().isPresent()
        && notifications.stream().anyMatch(x -> x.dedupKey().equals(n.dedupKey()))) {
      return false;
    }
    notifications.add(n);
    return true;
  }

  @Override
  public synchronized List<Notification> forRecipients(List<Recipient> recipients, boolean unreadOnly, int limit) {
    return notifications.stream()
        .filter(n -> recipients.contains(n.recipient()) && (!unreadOnly || !n.read()))
        .sorted(Comparator.comparing(Notification::createdAt).thenComparing(Notification::id).reversed())
        .limit(limit)
        .collect(Collectors.toList());
  }

  @Override
  public synchronized long countUnread(List<Recipient> recipients) {
    return notifications.stream().filter(n -> recipients.contains(n.recipient()) && !n.read()).count();
  }

  @Override
  public synchronized boolean markRead(String id, List<Recipient> recipients) {
    for (int i = 0; i < notifications.size(); i++) {
      Notification n = notifications.get(i);
      if (n.id().equals(id) && recipients.contains(n.recipient()) && !n.read()) {
        notifications.set(i, new Notification(n.id(), n.recipient(), n.kind(), n.petition(), n.message(), n.createdAt(),
            n.dedupKey(), true));
        return true;
      }
    }
    return false;
  }

  public synchronized List<Notification> all() {
    return List.copyOf(notifications);
  }
}
