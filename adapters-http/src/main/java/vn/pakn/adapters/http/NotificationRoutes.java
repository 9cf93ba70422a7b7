package vn.pakn.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.pakn.application.port.out.Notification;
import vn.pakn.domain.access.Actor;

/** The caller's notifications (R4, R5): forwarded petitions, opinions, signed documents, overdue reminders. */
public final class NotificationRoutes implements RouteModule {

  private static final String PATH = PetitionRoutes.BASE + "/notifications";

  private final Api api;

  public NotificationRoutes(Api api) {
    this.api = api;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(PATH, this::list);
    routes.post(PATH + "/{id}/read", this::markRead);
  }

  private void list(Context ctx) {
    Actor actor = api.actor(ctx);
    boolean unreadOnly = Api.query(ctx, "unread", 5).map(v -> flag("unread", v)).orElse(false);
    PetitionJson json = api.json();
    List<Notification> items = api.useCases.notifications().list(actor, unreadOnly);
    Map<String, Object> out = new TreeMap<>();
    out.put("items", items.stream().map(n -> {
      Map<String, Object> item = new TreeMap<>();
      item.put("id", n.id());
      item.put("kind", n.kind().name());
      item.put("kindLabel", n.kind().label());
      item.put("petition", n.petition().map(p -> p.value()).orElse(null));
      item.put("message", n.message());
      item.put("createdAt", json.time(n.createdAt()));
      item.put("read", n.read());
      return item;
    }).toList());
    out.put("unreadCount", api.useCases.notifications().unreadCount(actor));
    ctx.json(out);
  }

  private void markRead(Context ctx) {
    Actor actor = api.actor(ctx);
    String id = ctx.pathParam("id");
    if (id.length() > 64 || !api.useCases.notifications().markRead(actor, id)) {
      throw HttpProblem.notFound("Không tìm thấy thông báo này trong các thông báo của tài khoản");
    }
    ctx.json(Map.of("id", id, "read", true, "unreadCount", api.useCases.notifications().unreadCount(actor)));
  }

  static boolean flag(String field, String value) {
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw HttpProblem.validation(field, "phải là true hoặc false");
  }
}
