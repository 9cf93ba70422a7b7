package vn.pakn.adapters.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.pakn.domain.deadline.CalendarAdjustments;
import vn.pakn.domain.deadline.DeadlineRules;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.district.ReceptionTeam;
import vn.pakn.domain.district.Representative;
import vn.pakn.domain.district.Unit;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.district.UnitKind;
import vn.pakn.domain.roster.Duty;
import vn.pakn.domain.roster.Keyword;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.Role;
import vn.pakn.domain.roster.Roster;
import vn.pakn.domain.roster.Sector;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.roster.SectorKind;
import vn.pakn.domain.text.VietnameseText;

/**
 * Reads a district profile (JSON, described in {@code docs/profile.md}) into the domain's
 * {@link DistrictProfile}. Every problem surfaces as a {@link ProfileException} whose message names
 * the JSON path and the reason, in Vietnamese; unknown fields are errors.
 */
public final class DistrictProfileReader {

  /** Where Hòa An's profile, the default, is bundled. */
  public static final String HOA_AN_RESOURCE = "/vn/pakn/adapters/profile/hoa-an.json";

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private DistrictProfileReader() {}

  public static DistrictProfile read(InputStream json) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(json)) {
      root = MAPPER.readTree(parser);
    } catch (JsonProcessingException e) {
      throw new ProfileException("", "tệp không phải JSON hợp lệ (dòng " + e.getLocation().getLineNr() + ", cột "
          + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được hồ sơ huyện", e);
    }
    if (root == null || root.isMissingNode()) {
      throw new ProfileException("", "tệp hồ sơ rỗng");
    }
    return profile(JsonField.root(root));
  }

  public static DistrictProfile read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (NoSuchFileException e) {
      throw new ProfileException("", "không tìm thấy tệp hồ sơ " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được tệp hồ sơ " + file, e);
    }
  }

  /** Hòa An's profile, bundled as the default. */
  public static DistrictProfile hoaAn() {
    try (InputStream in = DistrictProfileReader.class.getResourceAsStream(HOA_AN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Thiếu tài nguyên " + HOA_AN_RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DistrictProfile profile(JsonField root) {
    root.fields("districtName", "provinceName", "issuingBody", "documentSymbol", "groupName", "people", "sectors",
        "units", "receptionTeam", "deadlineRules", "calendarAdjustments");
    String districtName = root.text("districtName");
    List<Person> people = root.list("people", DistrictProfileReader::person);
    unique("people", people, p -> p.id().value(), "id");
    List<Sector> sectors = root.list("sectors", DistrictProfileReader::sector);
    unique("sectors", sectors, s -> s.code().value(), "code");
    unique("sectors", sectors, s -> VietnameseText.fold(s.name()), "name");
    Map<PersonId, Person> byId = new HashMap<>();
    people.forEach(p -> byId.put(p.id(), p));
    for (int i = 0; i < sectors.size(); i++) {
      PersonId owner = sectors.get(i).owner();
      if (!byId.containsKey(owner)) {
        throw new ProfileException("sectors[" + i + "].owner", "\"" + owner + "\" không có trong people");
      }
    }
    Roster roster = domain("people", () -> Roster.builder()
        .groupName(root.optionalText("groupName")
            .orElse("Tổ công tác tiếp nhận và xử lý thông tin huyện " + districtName))
        .people(people)
        .sectors(sectors)
        .build());
    List<Unit> units = root.list("units", DistrictProfileReader::unit);
    unique("units", units, u -> u.id().value(), "id");
    return domain("", () -> DistrictProfile.builder()
        .districtName(districtName)
        .provinceName(root.text("provinceName"))
        .issuingBody(root.text("issuingBody"))
        .documentSymbol(root.text("documentSymbol"))
        .roster(roster)
        .units(units)
        .receptionTeam(receptionTeam(root.required("receptionTeam")))
        .deadlineRules(deadlineRules(root.required("deadlineRules")))
        .calendarAdjustments(root.optional("calendarAdjustments")
            .map(DistrictProfileReader::calendarAdjustments).orElse(CalendarAdjustments.none()))
        .build());
  }

  private static Person person(JsonField p) {
    p.fields("id", "fullName", "honorific", "position", "role", "section", "duties", "phone", "email");
    PersonId id = domain(p.path() + ".id", () -> PersonId.of(p.text("id")));
    String fullName = p.text("fullName");
    String position = p.text("position");
    Role role = p.enumValue("role", Role.class);
    List<Duty> duties = p.optionalList("duties", d -> d.asEnum(Duty.class));
    return domain(p.path(), () -> Person.builder()
        .id(id)
        .fullName(fullName)
        .honorific(p.optionalText("honorific"))
        .position(position)
        .role(role)
        .section(p.optionalText("section"))
        .duties(duties)
        .phone(p.optionalText("phone"))
        .email(p.optionalText("email"))
        .build());
  }

  private static Sector sector(JsonField s) {
    s.fields("code", "name", "owner", "kind", "aliases", "keywords");
    SectorCode code = domain(s.path() + ".code", () -> SectorCode.of(s.text("code")));
    String name = s.text("name");
    PersonId owner = domain(s.path() + ".owner", () -> PersonId.of(s.text("owner")));
    SectorKind kind = s.optional("kind").map(k -> k.asEnum(SectorKind.class)).orElse(SectorKind.ORDINARY);
    List<String> aliases = s.optionalList("aliases", JsonField::asText);
    Map<String, Double> weights = s.required("keywords").asMap(JsonField::asNumber);
    List<Keyword> keywords = weights.entrySet().stream()
        .map(e -> domain(s.path() + ".keywords[\"" + e.getKey() + "\"]", () -> Keyword.of(e.getKey(), e.getValue())))
        .collect(Collectors.toList());
    return domain(s.path(), () -> Sector.builder()
        .code(code).name(name).owner(owner).kind(kind).aliases(aliases).keywords(keywords).build());
  }

  private static Unit unit(JsonField u) {
    u.fields("id", "name", "kind", "representative", "aliases");
    UnitId id = domain(u.path() + ".id", () -> UnitId.of(u.text("id")));
    String name = u.text("name");
    UnitKind kind = u.enumValue("kind", UnitKind.class);
    Representative representative = representative(u.required("representative"));
    List<String> aliases = u.optionalList("aliases", JsonField::asText);
    return domain(u.path(), () -> Unit.builder()
        .id(id).name(name).kind(kind).representative(representative).aliases(aliases).build());
  }

  private static Representative representative(JsonField r) {
    r.fields("title", "name", "phone", "email");
    String title = r.text("title");
    return domain(r.path(), () -> new Representative(title, r.optionalText("name"), r.optionalText("phone"),
        r.optionalText("email")));
  }

  private static ReceptionTeam receptionTeam(JsonField t) {
    t.fields("name", "representative");
    String name = t.text("name");
    Representative representative = representative(t.required("representative"));
    return domain(t.path(), () -> new ReceptionTeam(name, representative));
  }

  private static DeadlineRules deadlineRules(JsonField d) {
    d.fields("answerWorkingDays", "remindBeforeWorkingDays", "leaderAfterOverdueWorkingDays");
    int answer = d.integer("answerWorkingDays");
    int remind = d.integer("remindBeforeWorkingDays");
    int leader = d.integer("leaderAfterOverdueWorkingDays");
    return domain(d.path(), () -> new DeadlineRules(answer, remind, leader));
  }

  private static CalendarAdjustments calendarAdjustments(JsonField c) {
    c.fields("extraDaysOff", "makeUpWorkingDays");
    var off = new TreeSet<>(c.optionalList("extraDaysOff", JsonField::asDate));
    var makeUp = new TreeSet<>(c.optionalList("makeUpWorkingDays", JsonField::asDate));
    return domain(c.path(), () -> new CalendarAdjustments(off, makeUp));
  }

  private static <T> void unique(String field, List<T> values, Function<T, String> key, String keyName) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      String k = key.apply(values.get(i));
      Integer first = seen.putIfAbsent(k, i);
      if (first != null) {
        throw new ProfileException(field + "[" + i + "]." + keyName,
            "\"" + k + "\" trùng với " + field + "[" + first + "]." + keyName);
      }
    }
  }

  /** Runs a domain constructor, turning its invariant failures into errors at {@code path}. */
  private static <T> T domain(String path, Supplier<T> build) {
    try {
      return build.get();
    } catch (ProfileException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw new ProfileException(path, Objects.toString(e.getMessage(), e.getClass().getSimpleName()), e);
    }
  }
}
