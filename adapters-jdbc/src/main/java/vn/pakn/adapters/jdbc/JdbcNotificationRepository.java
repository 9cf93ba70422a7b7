package vn.pakn.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.application.port.out.Notification;
import vn.pakn.application.port.out.NotificationRepository;
import vn.pakn.application.port.out.Recipient;
import vn.pakn.domain.petition.PetitionId;

/**
 * Notifications in the {@code notification} table. The dedup key has a unique index and inserts do nothing
 * on conflict, so two server instances on one PostgreSQL never create the same reminder twice.
 */
public final class JdbcNotificationRepository implements NotificationRepository {

  private final JdbcTransactionRunner tx;

  public JdbcNotificationRepository(JdbcTransactionRunner tx) {
    this.tx = tx;
  }

  @Override
  public boolean add(Notification n) {
    return tx.withConnection(c -> Sql.update(c, "insert into notification (id, recipient, kind, petition_id, message,"
            + " created_ns, dedup_key, is_read) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
        n.id(), n.recipient().key(), n.kind().name(), n.petition().map(PetitionId::value).orElse(null), n.message(),
        Sql.nanos(n.createdAt()), n.dedupKey().orElse(null), n.read()) == 1);
  }

  @Override
  public List<Notification> forRecipients(List<Recipient> recipients, boolean unreadOnly, int limit) {
    if (recipients.isEmpty()) {
      return List.of();
    }
    List<Object> params = keys(recipients);
    params.add(limit);
    return tx.withConnection(c -> Sql.query(c, "select id, recipient, kind, petition_id, message, created_ns,"
            + " dedup_key, is_read from notification where recipient in (" + Sql.placeholders(recipients.size()) + ")"
            + (unreadOnly ? " and is_read = false" : "") + " order by created_ns desc, id desc limit ?",
        JdbcNotificationRepository::notification, params.toArray()));
  }

  @Override
  public long countUnread(List<Recipient> recipients) {
    if (recipients.isEmpty()) {
      return 0;
    }
    return tx.withConnection(c -> Sql.queryOne(c, "select count(*) from notification where is_read = false"
        + " and recipient in (" + Sql.placeholders(recipients.size()) + ")", rs -> rs.getLong(1),
        keys(recipients).toArray()).orElse(0L));
  }

  @Override
  public boolean markRead(String notificationId, List<Recipient> recipients) {
    if (recipients.isEmpty()) {
      return false;
    }
    List<Object> params = new ArrayList<>();
    params.add(notificationId);
    params.addAll(keys(recipients));
    return tx.withConnection(c -> Sql.update(c, "update notification set is_read = true where id = ? and is_read = false"
        + " and recipient in (" + Sql.placeholders(recipients.size()) + ")", params.toArray()) > 0);
  }

  private static List<Object> keys(List<Recipient> recipients) {
    List<Object> out = new ArrayList<>();
    recipients.forEach(r -> out.add(r.key()));
    return out;
  }

  private static Notification notification(ResultSet rs) throws SQLException {
    return new Notification(rs.getString(1), new Recipient(rs.getString(2)), Notification.Kind.valueOf(rs.getString(3)),
        Sql.string(rs, "petition_id").map(PetitionId::of), rs.getString(5), Sql.instant(rs.getLong(6)),
        Sql.string(rs, "dedup_key"), rs.getBoolean(8));
  }
}
