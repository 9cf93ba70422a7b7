package vn.pakn.adapters.http.open311;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pakn.adapters.http.Api;
import vn.pakn.adapters.http.HttpProblem;
import vn.pakn.application.port.in.ListPublicRequestsUseCase.PublicRequestsQuery;
import vn.pakn.application.port.in.ReceivePetitionUseCase.ReceivePetitionCommand;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.petition.Channel;
import vn.pakn.domain.petition.Intake;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.roster.Sector;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.verification.Sender;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}, every resource in {@code .json} and {@code .xml}:
 * <ul>
 *   <li>{@code GET services} — the district's sectors; {@code GET services/{code}} — a definition without
 *       attributes;</li>
 *   <li>{@code POST requests} — a citizen app (with an {@code api_key} the leader issued) submits a petition,
 *       received and routed like any other, channel OPEN311;</li>
 *   <li>{@code GET requests} and {@code GET requests/{id}} — public reads through the public in-port: no
 *       sender's name, phone or e-mail ever;</li>
 *   <li>{@code GET tokens/{token}} — always 404: requests are created synchronously and get their
 *       {@code service_request_id} in the POST's answer, so no token is ever pending.</li>
 * </ul>
 * Errors use the spec's format, in the requested format: 400 (bad input, the description names the field),
 * 403 (api_key missing, unknown or revoked), 404 (unknown resource, code, id, token or format).
 */
public final class Open311Routes {

  public static final String BASE = "/open311/v2";

  /** GET requests without dates covers this span (the spec's default). */
  static final Duration DEFAULT_SPAN = Duration.ofDays(90);
  /** GET requests answers at most this many (the spec's suggested cap). */
  static final int MAX_RESULTS = PublicRequestsQuery.MAX_LIMIT;
  static final int MAX_DESCRIPTION = 4000;
  static final int MAX_TITLE = 80;

  private static final Logger LOG = LoggerFactory.getLogger(Open311Routes.class);
  private static final Pattern SENTENCE = Pattern.compile("^(.+?[.!?…])(?:\\s|$)");

  private interface Handler {
    Answer handle(Context ctx, Open311Format format, String name);
  }

  private record Answer(int status, String body) {}

  private final Api api;

  public Open311Routes(Api api) {
    this.api = api;
  }

  public void register(RoutesConfig routes) {
    routes.get(BASE + "/{file}", ctx -> serve(ctx, ctx.pathParam("file"), this::getTop));
    routes.post(BASE + "/{file}", ctx -> serve(ctx, ctx.pathParam("file"), this::postTop));
    routes.get(BASE + "/services/{file}", ctx -> serve(ctx, ctx.pathParam("file"), this::definition));
    routes.get(BASE + "/requests/{file}", ctx -> serve(ctx, ctx.pathParam("file"), this::one));
    routes.get(BASE + "/tokens/{file}", ctx -> serve(ctx, ctx.pathParam("file"), this::token));
    routes.get(BASE + "/<rest>", ctx -> serve(ctx, ctx.pathParam("rest"), this::unknown));
    routes.post(BASE + "/<rest>", ctx -> serve(ctx, ctx.pathParam("rest"), this::unknown));
  }

  private void serve(Context ctx, String file, Handler handler) {
    Open311Format format = Open311Format.guess(file);
    Answer answer;
    try {
      Open311Format.Resource resource = Open311Format.split(file);
      format = resource.format();
      answer = handler.handle(ctx, format, resource.name());
    } catch (Open311Error e) {
      answer = error(format, e.status(), e.getMessage());
    } catch (HttpProblem e) {
      answer = error(format, e.status(), e.field().map(f -> f + ": ").orElse("") + e.getMessage());
    } catch (IllegalArgumentException e) {
      answer = error(format, 400, e.getMessage() == null ? "Dữ liệu không hợp lệ" : e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("Open311: unhandled {} on {} {}", e.getClass().getName(), ctx.method(), ctx.endpoint().path, e);
      answer = error(format, 500, "Lỗi máy chủ; sự cố đã được ghi lại");
    }
    ctx.status(answer.status()).contentType(format.contentType()).result(answer.body());
  }

  private static Answer error(Open311Format format, int status, String description) {
    return new Answer(status, Open311Writer.errors(format, status, description));
  }

  private static Answer ok(String body) {
    return new Answer(200, body);
  }

  private Open311Mapper mapper() {
    return new Open311Mapper(profile(), api.clock.getZone());
  }

  private DistrictProfile profile() {
    return api.useCases.roster().current();
  }

  // ---- services ----

  private Answer getTop(Context ctx, Open311Format format, String name) {
    return switch (name) {
      case "services" -> services(format);
      case "requests" -> requests(ctx, format);
      default -> throw Open311Error.notFound("Không có tài nguyên '" + Open311Format.shorten(name)
          + "': dùng services, requests hoặc tokens");
    };
  }

  private Answer services(Open311Format format) {
    Open311Mapper mapper = mapper();
    return ok(Open311Writer.list(format, "services", "service",
        profile().roster().sectors().stream().map(mapper::service).toList()));
  }

  private Answer definition(Context ctx, Open311Format format, String code) {
    Sector sector = sector(code).orElseThrow(() -> Open311Error.notFound(
        "Không có dịch vụ (lĩnh vực) '" + Open311Format.shorten(code) + "'"));
    return ok(Open311Writer.single(format, "service_definition", mapper().definition(sector)));
  }

  private Optional<Sector> sector(String code) {
    try {
      return profile().roster().findSector(SectorCode.of(code));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  // ---- POST requests ----

  private Answer postTop(Context ctx, Open311Format format, String name) {
    if (!name.equals("requests")) {
      throw Open311Error.notFound("Chỉ gửi (POST) được vào requests." + format.name().toLowerCase(Locale.ROOT));
    }
    Open311Params params = Open311Params.of(ctx, api.mapper);
    String key = params.text("api_key", 200).or(() -> Optional.ofNullable(ctx.queryParam("api_key")))
        .filter(k -> !k.isBlank())
        .orElseThrow(() -> Open311Error.forbidden("api_key: thiếu khoá API"));
    if (api.useCases.apiKeys().authenticate(key.strip()).isEmpty()) {
      throw Open311Error.forbidden("api_key: khoá API không hợp lệ hoặc đã bị thu hồi");
    }
    Intake intake = intake(params);
    Petition p = Api.value(api.useCases.receive().receive(new ReceivePetitionCommand(intake)));
    return new Answer(201, Open311Writer.list(format, "service_requests", "request", List.of(mapper().created(p))));
  }

  private Intake intake(Open311Params params) {
    Optional<Sector> sector = params.text("service_code", 64).map(code -> sector(code).orElseThrow(() ->
        Open311Error.badRequest("service_code", "không có dịch vụ '" + Open311Format.shorten(code)
            + "'; xem danh sách tại services.json")));
    String description = params.required("description", MAX_DESCRIPTION);
    Optional<BigDecimal> lat = params.degrees("lat", 90);
    Optional<BigDecimal> lon = params.degrees("long", 180);
    if (lat.isPresent() != lon.isPresent()) {
      throw Open311Error.badRequest(lat.isPresent() ? "long" : "lat", "phải gửi cùng với "
          + (lat.isPresent() ? "lat" : "long"));
    }
    Location location = new Location(params.text("address_string", 400), lat, lon);
    Optional<String> name = fullName(params.text("last_name", 100), params.text("first_name", 100));
    Optional<String> mediaUrl = params.text("media_url", 2000);
    mediaUrl.ifPresent(Open311Routes::checkUrl);
    Sender sender = new Sender(name, params.text("phone", 40), params.text("email", 254), location.text());
    String content = description + mediaUrl.map(u -> "\n\nTệp đính kèm (media_url): " + u).orElse("");
    return new Intake(title(description), content, sector.map(Sector::name), sender, Channel.OPEN311);
  }

  /** Vietnamese order: family name first ("Nông" + "Văn Hậu"). */
  private static Optional<String> fullName(Optional<String> last, Optional<String> first) {
    String joined = (last.orElse("") + " " + first.orElse("")).strip();
    return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
  }

  private static void checkUrl(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    boolean web = lower.startsWith("https://") || lower.startsWith("http://");
    if (!web || url.chars().anyMatch(Character::isWhitespace)) {
      throw Open311Error.badRequest("media_url", "phải là địa chỉ http:// hoặc https://");
    }
  }

  /** The first sentence of the first line, at most 80 characters (cut at a word, with "…"). */
  static String title(String description) {
    String line = description.strip().split("\\R", 2)[0].strip();
    Matcher m = SENTENCE.matcher(line);
    String t = m.find() ? m.group(1) : line;
    if (t.length() <= MAX_TITLE) {
      return t;
    }
    int cut = t.lastIndexOf(' ', MAX_TITLE - 1);
    if (cut < MAX_TITLE / 2) {
      cut = MAX_TITLE - 1;
    }
    if (Character.isHighSurrogate(t.charAt(cut - 1))) {
      cut--;
    }
    return t.substring(0, cut).strip() + "…";
  }

  // ---- GET requests ----

  private Answer requests(Context ctx, Open311Format format) {
    List<Petition> found = query(ctx).map(q -> api.useCases.publicRequests().list(q)).orElse(List.of());
    Open311Mapper mapper = mapper();
    return ok(Open311Writer.list(format, "service_requests", "request",
        found.stream().map(mapper::request).toList()));
  }

  /** The query, or empty when only malformed ids were asked for (nothing can match). */
  private Optional<PublicRequestsQuery> query(Context ctx) {
    List<String> ids = list(ctx, "service_request_id", 200 * 64);
    if (!ids.isEmpty()) {
      // The spec: service_request_id overrides every other filter.
      if (ids.size() > PublicRequestsQuery.MAX_IDS) {
        throw Open311Error.badRequest("service_request_id", "tối đa " + PublicRequestsQuery.MAX_IDS + " mã");
      }
      List<PetitionId> parsed = new ArrayList<>();
      for (String id : ids) {
        try {
          parsed.add(PetitionId.of(id));
        } catch (IllegalArgumentException e) {
          LOG.debug("Open311: ignoring a malformed service_request_id");
        }
      }
      return parsed.isEmpty() ? Optional.empty() : Optional.of(new PublicRequestsQuery(parsed, Set.of(),
          Optional.empty(), Optional.empty(), Set.of(), MAX_RESULTS));
    }
    Set<SectorCode> sectors = new LinkedHashSet<>();
    for (String code : list(ctx, "service_code", 2000)) {
      sectors.add(sector(code).map(Sector::code).orElseThrow(() -> Open311Error.badRequest("service_code",
          "không có dịch vụ '" + Open311Format.shorten(code) + "'; xem danh sách tại services.json")));
    }
    Set<Status> statuses = EnumSet.noneOf(Status.class);
    for (String s : list(ctx, "status", 40)) {
      String v = s.toLowerCase(Locale.ROOT);
      if (!v.equals("open") && !v.equals("closed")) {
        throw Open311Error.badRequest("status", "'" + Open311Format.shorten(s)
            + "' không hợp lệ; dùng open hoặc closed");
      }
      statuses.addAll(Open311Mapper.statusesOf(v));
    }
    ZoneId zone = api.clock.getZone();
    Optional<Instant> start = date(ctx, "start_date", zone, false);
    Optional<Instant> end = date(ctx, "end_date", zone, true);
    Instant to = end.orElseGet(() -> start.map(s -> s.plus(DEFAULT_SPAN)).orElse(api.clock.instant()));
    Instant from = start.orElse(to.minus(DEFAULT_SPAN));
    if (to.isBefore(from)) {
      throw Open311Error.badRequest("end_date", "trước start_date");
    }
    return Optional.of(new PublicRequestsQuery(List.of(), sectors, Optional.of(from), Optional.of(to),
        statuses.size() == Status.values().length ? Set.of() : statuses, MAX_RESULTS));
  }

  private static List<String> list(Context ctx, String name, int max) {
    List<String> out = new ArrayList<>();
    for (String value : ctx.queryParams(name)) {
      if (value.length() > max) {
        throw Open311Error.badRequest(name, "dài quá " + max + " ký tự");
      }
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  /**
   * An ISO 8601 date-time with offset or Z; also without offset (district time) or a bare date (its start,
   * or its end for {@code end_date}). A '+' sent unencoded arrives as a space and is read back as '+'.
   */
  static Optional<Instant> date(Context ctx, String name, ZoneId zone, boolean endOfDay) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String s = raw.strip().replace(' ', '+');
    if (s.length() > 40) {
      throw Open311Error.badRequest(name, "dài quá 40 ký tự");
    }
    try {
      return Optional.of(OffsetDateTime.parse(s).toInstant());
    } catch (DateTimeParseException e) {
      LOG.trace("Open311: {} is not an offset date-time", name);
    }
    try {
      return Optional.of(LocalDateTime.parse(s).atZone(zone).toInstant());
    } catch (DateTimeParseException e) {
      LOG.trace("Open311: {} is not a local date-time", name);
    }
    try {
      LocalDate day = LocalDate.parse(s);
      return Optional.of((endOfDay ? day.plusDays(1).atStartOfDay(zone).minusNanos(1) : day.atStartOfDay(zone))
          .toInstant());
    } catch (DateTimeParseException e) {
      throw Open311Error.badRequest(name, "phải là thời điểm ISO 8601, ví dụ 2020-01-09T09:00:00+07:00");
    }
  }

  // ---- one request, tokens ----

  private Answer one(Context ctx, Open311Format format, String id) {
    PetitionId petitionId;
    try {
      petitionId = PetitionId.of(id);
    } catch (IllegalArgumentException e) {
      throw Open311Error.notFound("Không có yêu cầu '" + Open311Format.shorten(id) + "'");
    }
    List<Petition> found = api.useCases.publicRequests().list(new PublicRequestsQuery(List.of(petitionId), Set.of(),
        Optional.empty(), Optional.empty(), Set.of(), 1));
    if (found.isEmpty()) {
      throw Open311Error.notFound("Không có yêu cầu '" + Open311Format.shorten(id) + "'");
    }
    Map<String, Object> request = mapper().request(found.get(0));
    return ok(Open311Writer.list(format, "service_requests", "request", List.of(request)));
  }

  private Answer unknown(Context ctx, Open311Format format, String path) {
    throw Open311Error.notFound("Không có tài nguyên '" + Open311Format.shorten(path) + "'");
  }

  private Answer token(Context ctx, Open311Format format, String token) {
    throw Open311Error.notFound("Không có token '" + Open311Format.shorten(token) + "': yêu cầu được tạo ngay"
        + " khi gửi và service_request_id có trong câu trả lời của POST requests, nên không có token chờ xử lý");
  }
}
