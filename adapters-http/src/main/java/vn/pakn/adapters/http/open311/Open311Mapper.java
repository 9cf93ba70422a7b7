package vn.pakn.adapters.http.open311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionEvent;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.roster.Keyword;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.roster.Sector;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.verification.ComplaintGuidance;

/**
 * Our words in GeoReport v2's: a sector is a service; a petition is a service request. Only public facts
 * leave: never the sender's name, phone or e-mail, never working material (contact notes, evidence,
 * opinions). Status: {@code closed} once the citizen has been answered or guided (REPLIED, GUIDED,
 * CLOSED), {@code open} before. {@code status_notes} is a fixed sentence for the latest public step, never
 * a free-text event summary. {@code expected_datetime} is the end (23:59:59) of the deadline day, since
 * an answer on that day is on time. Times carry the district's offset.
 */
final class Open311Mapper {

  /** Our statuses that GeoReport calls {@code closed}. */
  static final Set<Status> CLOSED = EnumSet.of(Status.REPLIED, Status.GUIDED, Status.CLOSED);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final int KEYWORDS = 6;

  private final DistrictProfile profile;
  private final ZoneId zone;

  Open311Mapper(DistrictProfile profile, ZoneId zone) {
    this.profile = profile;
    this.zone = zone;
  }

  static Set<Status> statusesOf(String openOrClosed) {
    return "closed".equals(openOrClosed) ? CLOSED : EnumSet.complementOf(EnumSet.copyOf(CLOSED));
  }

  static String status(Status s) {
    return CLOSED.contains(s) ? "closed" : "open";
  }

  String time(Instant at) {
    return at.atZone(zone).format(TIME);
  }

  /** The end of the deadline day in the district. */
  String endOf(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).format(TIME);
  }

  // ---- services ----

  Map<String, Object> service(Sector s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("service_code", s.code().value());
    out.put("service_name", s.name());
    out.put("description", description(s));
    out.put("metadata", false);
    out.put("type", "realtime");
    out.put("keywords", keywords(s));
    out.put("group", group(s));
    return out;
  }

  Map<String, Object> definition(Sector s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("service_code", s.code().value());
    out.put("attributes", new Open311Writer.Nested("attribute", List.of()));
    return out;
  }

  private static String description(Sector s) {
    String base = "Phản ánh, kiến nghị thuộc lĩnh vực " + s.name() + ".";
    return s.kind().isComplaintLike()
        ? base + " " + s.kind().label() + " không được chuyển xử lý: công dân được hướng dẫn gửi đơn đến cơ quan có"
            + " thẩm quyền theo " + ComplaintGuidance.LAWS + "."
        : base + " Tổ công tác xác minh và chuyển cơ quan, đơn vị có thẩm quyền giải quyết, trả lời công dân.";
  }

  private static String keywords(Sector s) {
    Set<String> words = new LinkedHashSet<>(s.aliases());
    s.keywords().stream().filter(k -> !k.negative()).map(Keyword::phrase).limit(KEYWORDS).forEach(words::add);
    return String.join(", ", words.stream().map(w -> w.replace(',', ' ').strip()).filter(w -> !w.isEmpty())
        .toList());
  }

  private String group(Sector s) {
    Optional<Person> owner = profile.roster().findPerson(s.owner());
    return owner.map(p -> p.fullName() + p.section().map(sec -> " (mục " + sec + ")").orElse(""))
        .orElse(profile.roster().groupName());
  }

  // ---- requests ----

  /** The answer to a POST: the new id, the notice, no account. */
  Map<String, Object> created(Petition p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("service_request_id", p.id().value());
    out.put("service_notice", notice(p));
    out.put("account_id", null);
    return out;
  }

  /** One request as GET requests shows it. The petition must come from the public read. */
  Map<String, Object> request(Petition p) {
    Optional<Sector> sector = p.sector().flatMap(c -> profile.roster().findSector(c));
    Location location = Location.parse(p.sender().address());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("service_request_id", p.id().value());
    out.put("status", status(p.status()));
    out.put("status_notes", statusNotes(p));
    out.put("service_name", sector.map(Sector::name).orElse(null));
    out.put("service_code", p.sector().map(SectorCode::value).orElse(null));
    out.put("description", p.content());
    out.put("agency_responsible", p.forwarding().map(f -> f.unitName()).orElse(profile.roster().groupName()));
    out.put("service_notice", notice(p));
    out.put("requested_datetime", time(p.receivedAt()));
    out.put("updated_datetime", time(lastChange(p)));
    out.put("expected_datetime", p.deadline().map(this::endOf).orElse(null));
    out.put("address", location.address().orElse(null));
    out.put("address_id", null);
    out.put("zipcode", null);
    out.put("lat", location.lat().orElse(null));
    out.put("long", location.lon().orElse(null));
    out.put("media_url", null);
    return out;
  }

  private static Instant lastChange(Petition p) {
    return p.events().isEmpty() ? p.receivedAt() : p.events().get(p.events().size() - 1).at();
  }

  /** What will be done about it. */
  String notice(Petition p) {
    if (p.forwarding().isPresent()) {
      return p.forwarding().get().unitName() + " trả lời công dân chậm nhất ngày "
          + p.forwarding().get().deadline().format(DAY) + ".";
    }
    if (p.kind().isComplaintLike()) {
      return p.kind().label() + ": công dân được hướng dẫn gửi đơn đến cơ quan có thẩm quyền theo "
          + ComplaintGuidance.LAWS + ".";
    }
    return "Tổ công tác xác minh, phân loại và chuyển cơ quan, đơn vị có thẩm quyền xử lý; hạn trả lời công dân"
        + " được ghi khi chuyển.";
  }

  /** A fixed sentence for the latest public step; internal steps (contact, evidence, opinions) are skipped. */
  String statusNotes(Petition p) {
    List<PetitionEvent> events = p.events();
    for (int i = events.size() - 1; i >= 0; i--) {
      Optional<String> note = note(p, events.get(i));
      if (note.isPresent()) {
        return note.get();
      }
    }
    return "Đã tiếp nhận.";
  }

  private static Optional<String> note(Petition p, PetitionEvent e) {
    return switch (e.type()) {
      case RECEIVED, ASSIGNED, REASSIGNED -> Optional.of("Đã tiếp nhận; đang phân loại và xác minh.");
      case VERIFIED -> Optional.of("Đã xác minh: nội dung phản ánh là xác thực.");
      case MARKED_UNREACHABLE -> Optional.of(
          "Không liên hệ được với người gửi; Tổ tiếp nhận sẽ trả lời công dân.");
      case RECEPTION_ANSWERED -> Optional.of("Tổ tiếp nhận đã trả lời công dân.");
      case COMPLAINT_GUIDED -> Optional.of("Đã hướng dẫn công dân gửi đơn đến cơ quan có thẩm quyền theo "
          + ComplaintGuidance.LAWS + ".");
      case FORWARDED -> p.forwarding().map(f -> "Đã chuyển " + f.unitName() + " xử lý, hạn trả lời "
          + f.deadline().format(DAY) + ".");
      case UNIT_ANSWERED -> p.forwarding().map(f -> f.unitName() + " đã trả lời; chờ trả lời công dân.");
      case CITIZEN_REPLIED -> Optional.of("Đã trả lời công dân.");
      case CLOSED -> Optional.of("Đã kết thúc xử lý.");
      case CONTACT_ATTEMPTED, EVIDENCE_ATTACHED, FLAGGED_COMPLEX, OPINION_REQUESTED, OPINION_GIVEN, DOCUMENT_DRAFTED,
          DOCUMENT_SIGNED -> Optional.empty();
    };
  }
}
