package vn.pakn.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import vn.pakn.application.port.in.ManageAccountsUseCase.CreateAccountCommand;
import vn.pakn.application.port.in.ManageApiKeysUseCase.CreatedKey;
import vn.pakn.application.port.out.Account;
import vn.pakn.application.port.out.ApiKey;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.access.ActorRole;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.district.Unit;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.roster.Delegation;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.Sector;

/**
 * Administration (R7, seed I.1–I.2): accounts, delegations, API keys — the leader, and the deputy only while
 * delegated, as the use cases decide — and the roster, which every logged-in account may read. Password
 * hashes and key fingerprints never leave the server.
 */
public final class AdminRoutes implements RouteModule {

  private static final String BASE = PetitionRoutes.BASE;

  private final Api api;

  public AdminRoutes(Api api) {
    this.api = api;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(BASE + "/accounts", this::accounts);
    routes.post(BASE + "/accounts", this::createAccount);
    routes.post(BASE + "/accounts/{id}/password", this::setPassword);
    routes.post(BASE + "/accounts/{id}/enabled", this::setEnabled);
    routes.post(BASE + "/accounts/{id}/role", this::changeRole);
    routes.post(BASE + "/accounts/{id}/invitation", this::invite);
    routes.get(BASE + "/delegations", this::delegations);
    routes.post(BASE + "/delegations", this::delegate);
    routes.post(BASE + "/delegations/revoke", this::revoke);
    routes.get(BASE + "/roster", this::roster);
    routes.post(BASE + "/api-keys", this::createKey);
    routes.get(BASE + "/api-keys", this::keys);
    routes.post(BASE + "/api-keys/{id}/revoke", this::revokeKey);
  }

  // ---- accounts ----

  static Map<String, Object> account(Account a, PetitionJson json) {
    Map<String, Object> out = new TreeMap<>();
    out.put("id", a.id());
    out.put("username", a.username());
    out.put("displayName", a.displayName());
    out.put("role", a.role().name());
    out.put("roleLabel", a.role().label());
    out.put("person", a.person().map(json::person).orElse(null));
    out.put("unit", json.unit(a.unit()));
    out.put("enabled", a.enabled());
    out.put("hasPassword", a.passwordHash().isPresent());
    out.put("createdAt", json.time(a.createdAt()));
    out.put("version", a.version());
    return out;
  }

  private void accounts(Context ctx) {
    Actor actor = api.actor(ctx);
    PetitionJson json = api.json();
    ctx.json(Api.value(api.useCases.accounts().list(actor)).stream().map(a -> account(a, json)).toList());
  }

  private void createAccount(Context ctx) {
    Actor actor = api.actor(ctx);
    Body b = api.body(ctx, "username", "displayName", "role", "person", "unit", "password");
    ActorRole role = b.enumValue("role", ActorRole.class)
        .orElseThrow(() -> HttpProblem.validation("role", "bắt buộc: LEADER, DEPUTY, MEMBER, RECEPTION hoặc UNIT"));
    Optional<PersonId> person = b.text("person", 64).map(s -> parse("person", () -> PersonId.of(s)));
    Optional<UnitId> unit = b.text("unit", 64).map(s -> parse("unit", () -> UnitId.of(s)));
    Account created = Api.value(api.useCases.accounts().create(actor, PetitionRoutes.command(() ->
        new CreateAccountCommand(b.requiredText("username", 64), b.requiredText("displayName", 200), role, person,
            unit, b.text("password", 200)))));
    ctx.status(201).header("Location", BASE + "/accounts/" + created.id()).json(account(created, api.json()));
  }

  private void setPassword(Context ctx) {
    Actor actor = api.actor(ctx);
    Body b = api.body(ctx, "password");
    String password = b.requiredText("password", 200);
    ctx.header("Cache-Control", "no-store");
    ctx.json(account(Api.value(api.useCases.accounts().setPassword(actor, accountId(ctx), password)), api.json()));
  }

  private void setEnabled(Context ctx) {
    Actor actor = api.actor(ctx);
    boolean enabled = api.body(ctx, "enabled").requiredBool("enabled");
    ctx.json(account(Api.value(api.useCases.accounts().setEnabled(actor, accountId(ctx), enabled)), api.json()));
  }

  private void changeRole(Context ctx) {
    Actor actor = api.actor(ctx);
    Body b = api.body(ctx, "role", "person", "unit");
    ActorRole role = b.enumValue("role", ActorRole.class)
        .orElseThrow(() -> HttpProblem.validation("role", "bắt buộc: LEADER, DEPUTY, MEMBER, RECEPTION hoặc UNIT"));
    Optional<PersonId> person = b.text("person", 64).map(s -> parse("person", () -> PersonId.of(s)));
    Optional<UnitId> unit = b.text("unit", 64).map(s -> parse("unit", () -> UnitId.of(s)));
    ctx.json(account(Api.value(api.useCases.accounts().changeRole(actor, accountId(ctx), role, person, unit)),
        api.json()));
  }

  private void invite(Context ctx) {
    Actor actor = api.actor(ctx);
    api.body(ctx);
    var issued = Api.value(api.useCases.accounts().invite(actor, accountId(ctx)));
    Map<String, Object> out = new TreeMap<>();
    out.put("username", issued.account().username());
    out.put("token", issued.token());
    out.put("acceptPath", BASE + "/auth/invitations/" + issued.token());
    out.put("expiresAt", api.json().time(issued.expiresAt()));
    ctx.header("Cache-Control", "no-store");
    ctx.status(201).json(out);
  }

  private static String accountId(Context ctx) {
    String id = ctx.pathParam("id");
    if (id.isBlank() || id.length() > 64) {
      throw HttpProblem.notFound("Không tìm thấy tài khoản");
    }
    return id;
  }

  // ---- delegations ----

  private Map<String, Object> delegation(Delegation d, PetitionJson json) {
    Map<String, Object> out = new TreeMap<>();
    out.put("from", json.person(d.from()));
    out.put("to", json.person(d.to()));
    out.put("validFrom", d.validFrom());
    out.put("validUntil", d.validUntil());
    out.put("activeToday", d.coversDate(api.today()));
    return out;
  }

  private void delegations(Context ctx) {
    api.actor(ctx);
    PetitionJson json = api.json();
    ctx.json(api.useCases.delegations().list().stream().map(d -> delegation(d, json)).toList());
  }

  /** The delegation the body describes; it is always from the roster's leader. */
  private Delegation described(Body b) {
    PersonId to = parse("to", () -> PersonId.of(b.requiredText("to", 64)));
    LocalDate from = b.date("validFrom").orElseThrow(() -> HttpProblem.validation("validFrom", "bắt buộc (yyyy-MM-dd)"));
    LocalDate until = b.date("validUntil")
        .orElseThrow(() -> HttpProblem.validation("validUntil", "bắt buộc (yyyy-MM-dd)"));
    PersonId leader = api.useCases.roster().current().roster().leader().id();
    return parse("validUntil", () -> new Delegation(leader, to, from, until));
  }

  private void delegate(Context ctx) {
    Actor actor = api.actor(ctx);
    Body b = api.body(ctx, "to", "validFrom", "validUntil");
    Delegation d = described(b);
    Delegation made = Api.value(api.useCases.delegations().delegate(actor, d.to(), d.validFrom(), d.validUntil()));
    ctx.status(201).json(delegation(made, api.json()));
  }

  private void revoke(Context ctx) {
    Actor actor = api.actor(ctx);
    Delegation d = described(api.body(ctx, "to", "validFrom", "validUntil"));
    Delegation revoked = Api.value(api.useCases.delegations().revoke(actor, d));
    ctx.json(delegation(revoked, api.json()));
  }

  // ---- roster ----

  private void roster(Context ctx) {
    api.actor(ctx);
    DistrictProfile profile = api.useCases.roster().current();
    PetitionJson json = api.json();
    Map<String, Object> out = new TreeMap<>();
    out.put("district", profile.districtName());
    out.put("province", profile.provinceName());
    out.put("groupName", profile.roster().groupName());
    out.put("people", profile.roster().people().stream().map(AdminRoutes::person).toList());
    out.put("sectors", profile.roster().sectors().stream().map(s -> sector(s, json)).toList());
    out.put("units", profile.units().stream().map(AdminRoutes::unit).toList());
    out.put("receptionTeam", Map.of("name", profile.receptionTeam().name()));
    ctx.json(out);
  }

  private static Map<String, Object> person(Person p) {
    Map<String, Object> out = new TreeMap<>();
    out.put("id", p.id().value());
    out.put("fullName", p.fullName());
    out.put("position", p.position());
    out.put("role", p.role().name());
    out.put("roleLabel", p.role().label());
    out.put("section", p.section().orElse(null));
    out.put("duties", p.duties().stream().sorted()
        .map(d -> Map.of("code", d.name(), "label", d.label())).toList());
    return out;
  }

  private static Map<String, Object> sector(Sector s, PetitionJson json) {
    Map<String, Object> out = new TreeMap<>();
    out.put("code", s.code().value());
    out.put("name", s.name());
    out.put("kind", s.kind().name());
    out.put("kindLabel", s.kind().label());
    out.put("owner", json.person(s.owner()));
    return out;
  }

  private static Map<String, Object> unit(Unit u) {
    Map<String, Object> out = new TreeMap<>();
    out.put("id", u.id().value());
    out.put("name", u.name());
    out.put("kind", u.kind().name());
    out.put("kindLabel", u.kind().label());
    out.put("representative", u.representative().title());
    return out;
  }

  // ---- API keys ----

  private Map<String, Object> key(ApiKey k) {
    Map<String, Object> out = new TreeMap<>();
    out.put("id", k.id());
    out.put("name", k.name());
    out.put("createdAt", api.json().time(k.createdAt()));
    out.put("revoked", k.revoked());
    return out;
  }

  private void createKey(Context ctx) {
    Actor actor = api.actor(ctx);
    String name = api.body(ctx, "name").requiredText("name", 200);
    CreatedKey created = Api.value(api.useCases.apiKeys().create(actor, name));
    Map<String, Object> out = key(created.stored());
    out.remove("revoked");
    out.put("key", created.key());
    ctx.status(201).header("Cache-Control", "no-store").json(out);
  }

  private void keys(Context ctx) {
    Actor actor = api.actor(ctx);
    ctx.json(Api.value(api.useCases.apiKeys().list(actor)).stream().map(this::key).toList());
  }

  private void revokeKey(Context ctx) {
    Actor actor = api.actor(ctx);
    String id = ctx.pathParam("id");
    if (id.length() > 64) {
      throw HttpProblem.notFound("Không có khóa API với mã này");
    }
    ctx.json(key(Api.value(api.useCases.apiKeys().revoke(actor, id))));
  }

  private static <T> T parse(String field, Supplier<T> f) {
    try {
      return f.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw HttpProblem.validation(field, e.getMessage() == null ? "không hợp lệ" : e.getMessage());
    }
  }
}
