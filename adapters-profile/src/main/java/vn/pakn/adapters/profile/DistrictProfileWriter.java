package vn.pakn.adapters.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.district.Representative;
import vn.pakn.domain.district.Unit;
import vn.pakn.domain.roster.Duty;
import vn.pakn.domain.roster.Keyword;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.roster.Sector;
import vn.pakn.domain.roster.SectorKind;

/**
 * Writes a district profile in the file format {@link DistrictProfileReader} reads (docs/profile.md), so a
 * profile changed in the administration pages can be stored and read back unchanged.
 */
public final class DistrictProfileWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DistrictProfileWriter() {}

  public static String write(DistrictProfile profile) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("districtName", profile.districtName());
    root.put("provinceName", profile.provinceName());
    root.put("issuingBody", profile.issuingBody());
    root.put("documentSymbol", profile.documentSymbol());
    root.put("groupName", profile.roster().groupName());
    ArrayNode people = root.putArray("people");
    profile.roster().people().forEach(p -> people.add(person(p)));
    ArrayNode sectors = root.putArray("sectors");
    profile.roster().sectors().forEach(s -> sectors.add(sector(s)));
    ArrayNode units = root.putArray("units");
    profile.units().forEach(u -> units.add(unit(u)));
    ObjectNode reception = root.putObject("receptionTeam");
    reception.put("name", profile.receptionTeam().name());
    reception.set("representative", representative(profile.receptionTeam().representative()));
    ObjectNode rules = root.putObject("deadlineRules");
    rules.put("answerWorkingDays", profile.deadlineRules().answerWorkingDays());
    rules.put("remindBeforeWorkingDays", profile.deadlineRules().remindBeforeWorkingDays());
    rules.put("leaderAfterOverdueWorkingDays", profile.deadlineRules().leaderAfterOverdueWorkingDays());
    ObjectNode calendar = root.putObject("calendarAdjustments");
    ArrayNode off = calendar.putArray("extraDaysOff");
    profile.calendarAdjustments().extraDaysOff().forEach(d -> off.add(d.toString()));
    ArrayNode makeUp = calendar.putArray("makeUpWorkingDays");
    profile.calendarAdjustments().makeUpWorkingDays().forEach(d -> makeUp.add(d.toString()));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Không ghi được hồ sơ huyện", e);
    }
  }

  private static ObjectNode person(Person p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", p.id().value());
    n.put("fullName", p.fullName());
    p.honorific().ifPresent(h -> n.put("honorific", h));
    n.put("position", p.position());
    n.put("role", p.role().name());
    p.section().ifPresent(s -> n.put("section", s));
    ArrayNode duties = n.putArray("duties");
    p.duties().stream().map(Duty::name).sorted().forEach(duties::add);
    p.phone().ifPresent(x -> n.put("phone", x));
    p.email().ifPresent(x -> n.put("email", x));
    return n;
  }

  private static ObjectNode sector(Sector s) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("code", s.code().value());
    n.put("name", s.name());
    n.put("owner", s.owner().value());
    if (s.kind() != SectorKind.ORDINARY) {
      n.put("kind", s.kind().name());
    }
    ArrayNode aliases = n.putArray("aliases");
    s.aliases().forEach(aliases::add);
    ObjectNode keywords = n.putObject("keywords");
    for (Keyword k : s.keywords()) {
      keywords.put(k.phrase(), k.weight());
    }
    return n;
  }

  private static ObjectNode unit(Unit u) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", u.id().value());
    n.put("name", u.name());
    n.put("kind", u.kind().name());
    n.set("representative", representative(u.representative()));
    ArrayNode aliases = n.putArray("aliases");
    u.aliases().forEach(aliases::add);
    return n;
  }

  private static ObjectNode representative(Representative r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("title", r.title());
    put(n, "name", r.name());
    put(n, "phone", r.phone());
    put(n, "email", r.email());
    return n;
  }

  private static void put(ObjectNode n, String field, Optional<String> value) {
    value.ifPresent(v -> n.put(field, v));
  }
}
