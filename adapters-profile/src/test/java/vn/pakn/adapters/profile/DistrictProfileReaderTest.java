package vn.pakn.adapters.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.roster.Duty;
import vn.pakn.domain.roster.Person;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.Role;
import vn.pakn.domain.roster.Sector;
import vn.pakn.domain.roster.SectorKind;

class DistrictProfileReaderTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void givenBundledProfile_whenReadingHoaAn_thenEightPeopleLedByHoangThiHongVan() {
    DistrictProfile profile = DistrictProfileReader.hoaAn();

    assertThat(profile.districtName()).isEqualTo("Hòa An");
    assertThat(profile.provinceName()).isEqualTo("Cao Bằng");
    assertThat(profile.issuingBody()).isEqualTo("UBND HUYỆN HÒA AN");
    assertThat(profile.documentSymbol()).isEqualTo("TCTTNXLTT");
    assertThat(profile.roster().people()).extracting(p -> p.id().value()).containsExactly(
        "hoangthihongvan", "tovubien", "samngocdoan", "damthithuhuong", "damnhathien", "lamngocbien",
        "nguyentrungnghien", "vilalinh");
    assertThat(profile.roster().leader().id()).isEqualTo(PersonId.of("hoangthihongvan"));
    assertThat(profile.roster().deputies()).extracting(Person::fullName).containsExactly("Tô Vũ Biên");
  }

  @Test
  void givenHoaAnProfile_whenListingDuties_thenEverySeedDutyIsHeldByTheRightPerson() {
    DistrictProfile profile = DistrictProfileReader.hoaAn();

    Set<Duty> held = profile.roster().people().stream().flatMap(p -> p.duties().stream())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Duty.class)));
    assertThat(held).containsExactlyInAnyOrder(Duty.values());
    assertThat(person(profile, "hoangthihongvan").duties()).containsExactlyInAnyOrder(
        Duty.ACCOUNT_MANAGEMENT, Duty.ROUTING_OPINIONS, Duty.SIGNING, Duty.SUPERVISION);
    assertThat(person(profile, "tovubien").duties()).containsExactlyInAnyOrder(Duty.ROUTING_OPINIONS, Duty.SUPERVISION);
    assertThat(person(profile, "nguyentrungnghien").duties())
        .containsExactlyInAnyOrder(Duty.OVERDUE_REMINDERS, Duty.TECHNICAL_SUPPORT);
    assertThat(person(profile, "vilalinh").duties()).containsExactlyInAnyOrder(Duty.PERIODIC_REPORTS, Duty.DOCUMENT_DRAFTING);
    assertThat(person(profile, "samngocdoan").section()).contains("3.2.1");
    assertThat(person(profile, "samngocdoan").addressedAs()).isEqualTo("Ông Sầm Ngọc Đoàn, Chánh Thanh tra huyện");
  }

  @Test
  void givenHoaAnProfile_whenReadingSectors_thenComplaintLikeSectorsBelongTo321AndDeadlinesAreTheDefaults() {
    DistrictProfile profile = DistrictProfileReader.hoaAn();

    for (SectorKind kind : EnumSet.complementOf(EnumSet.of(SectorKind.ORDINARY))) {
      Sector sector = profile.roster().sectorOfKind(kind).orElseThrow();
      assertThat(profile.roster().ownerOf(sector.code()).section()).contains("3.2.1");
    }
    assertThat(profile.roster().sectors()).extracting(Sector::name).contains("Điện", "Nước", "Khiếu nại", "Tố cáo",
        "Tham ô", "Tham nhũng", "Kho bạc", "Hải quan", "Công Thương", "Y tế");
    assertThat(profile.deadlineRules().answerWorkingDays()).isEqualTo(10);
    assertThat(profile.deadlineRules().remindBeforeWorkingDays()).isEqualTo(2);
    assertThat(profile.deadlineRules().leaderAfterOverdueWorkingDays()).isEqualTo(5);
    assertThat(profile.calendarAdjustments().extraDaysOff()).isEmpty();
    assertThat(profile.unit(UnitId.of("ubnd-xa-hong-viet")).representative().addressedAs())
        .isEqualTo("Chủ tịch UBND xã Hồng Việt");
    assertThat(profile.receptionTeam().name()).isEqualTo("Tổ tiếp nhận");
  }

  @Test
  void givenDevSetLabels_whenComparedWithHoaAnSectors_thenEveryExpectedSectorIsASectorName() {
    Set<String> names = DistrictProfileReader.hoaAn().roster().sectors().stream().map(Sector::name)
        .collect(Collectors.toSet());

    assertThat(LabelledPetition.readAll(LabelledPetition.locateDevSet()))
        .extracting(LabelledPetition::expectedSector)
        .allSatisfy(expected -> assertThat(names).contains(expected));
  }

  @Test
  void givenSongXanhFile_whenReadingFromPath_thenItsOwnPeopleDeadlinesAndCalendar() throws Exception {
    DistrictProfile profile = DistrictProfileReader.read(Path.of(getClass().getResource("/song-xanh.json").toURI()));

    assertThat(profile.roster().leader().id()).isEqualTo(PersonId.of("phamvanan"));
    assertThat(profile.roster().deputies()).isEmpty();
    assertThat(person(profile, "lethibich").phone()).contains("0200 000 001");
    assertThat(profile.deadlineRules().answerWorkingDays()).isEqualTo(7);
    assertThat(profile.calendarAdjustments().makeUpWorkingDays()).containsExactly(LocalDate.of(2026, 5, 9));
    assertThat(profile.roster().groupName()).isEqualTo("Tổ công tác tiếp nhận và xử lý thông tin huyện Sông Xanh");
  }

  @Test
  void givenUnknownRole_whenReading_thenMessageNamesTheFieldAndTheAllowedValues() {
    assertThat(failure(root -> person(root, 3).put("role", "CHIEF")))
        .isEqualTo("people[3].role: \"CHIEF\" không hợp lệ, phải là LEADER, DEPUTY hoặc MEMBER");
  }

  @Test
  void givenMissingFullName_whenReading_thenMessageNamesTheMissingField() {
    assertThat(failure(root -> person(root, 1).remove("fullName")))
        .isEqualTo("people[1].fullName: thiếu trường bắt buộc");
  }

  @Test
  void givenMisspelledField_whenReading_thenUnknownFieldIsAnError() {
    assertThat(failure(root -> person(root, 0).put("fulName", "x")))
        .startsWith("people[0].fulName: trường không được hỗ trợ; các trường hợp lệ: id, fullName");
  }

  @Test
  void givenNoLeader_whenReading_thenMessageSaysThereIsNoLeader() {
    assertThat(failure(root -> {
      ObjectNode leader = person(root, 0);
      leader.put("role", "MEMBER");
      leader.putArray("duties");
      person(root, 1).putArray("duties").add("ACCOUNT_MANAGEMENT");
    })).startsWith("people: Danh sách Tổ công tác không hợp lệ").contains("không có Tổ trưởng");
  }

  @Test
  void givenSectorDeclaredTwiceForTwoOwners_whenReading_thenMessageNamesTheDuplicate() {
    String message = failure(root -> {
      ObjectNode copy = ((ObjectNode) root.withArray("sectors").get(0)).deepCopy();
      copy.put("owner", "dothihanh");
      root.withArray("sectors").add(copy);
    });

    assertThat(message).isEqualTo("sectors[3].code: \"ha-tang\" trùng với sectors[0].code");
  }

  @Test
  void givenSameSectorNameUnderAnotherCode_whenReading_thenMessageNamesTheDuplicateName() {
    String message = failure(root -> {
      ObjectNode copy = ((ObjectNode) root.withArray("sectors").get(2)).deepCopy();
      copy.put("code", "van-hoa-2").put("owner", "lethibich");
      root.withArray("sectors").add(copy);
    });

    assertThat(message).startsWith("sectors[3].name: ").contains("sectors[2].name");
  }

  @Test
  void givenOwnerNotInPeople_whenReading_thenMessageNamesTheOwnerField() {
    assertThat(failure(root -> ((ObjectNode) root.withArray("sectors").get(1)).put("owner", "nobody")))
        .isEqualTo("sectors[1].owner: \"nobody\" không có trong people");
  }

  @Test
  void givenWrongTypesAndValues_whenReading_thenEachMessageNamesItsField() {
    assertThat(failure(root -> ((ObjectNode) root.get("deadlineRules")).put("answerWorkingDays", "mười")))
        .isEqualTo("deadlineRules.answerWorkingDays: phải là một số nguyên, không phải chuỗi \"mười\"");
    assertThat(failure(root -> ((ObjectNode) root.get("deadlineRules")).put("answerWorkingDays", 0)))
        .startsWith("deadlineRules: Thời hạn trả lời phải từ 1 đến 90 ngày làm việc");
    assertThat(failure(root -> ((ArrayNode) root.get("calendarAdjustments").get("extraDaysOff")).set(0, "27/04/2026")))
        .isEqualTo("calendarAdjustments.extraDaysOff[0]: \"27/04/2026\" không phải ngày dạng ISO yyyy-MM-dd");
    assertThat(failure(root -> ((ObjectNode) root.withArray("sectors").get(0).get("keywords")).put("mất điện", 0)))
        .startsWith("sectors[0].keywords[\"mất điện\"]: Trọng số của từ khóa");
    assertThat(failure(root -> person(root, 2).put("id", "Trần Cường")))
        .startsWith("people[2].id: Mã người không hợp lệ");
    assertThat(failure(root -> ((ObjectNode) root.withArray("units").get(0)).put("kind", "VILLAGE")))
        .isEqualTo("units[0].kind: \"VILLAGE\" không hợp lệ, phải là COMMUNE, TOWN, DISTRICT_OFFICE hoặc OTHER");
  }

  @Test
  void givenBrokenJson_whenReading_thenMessageGivesLineAndNoJacksonTrace() {
    ProfileException failure = catchProfileException(() ->
        DistrictProfileReader.read(stream("{\n  \"districtName\": \"X\",\n  \"people\": [ \n}")));

    assertThat(failure.getMessage()).startsWith("tệp không phải JSON hợp lệ (dòng 4").doesNotContain("com.fasterxml");
  }

  @Test
  void givenDuplicateKey_whenReading_thenRejected() {
    ProfileException failure = catchProfileException(() ->
        DistrictProfileReader.read(stream("{\"districtName\": \"A\", \"districtName\": \"B\"}")));

    assertThat(failure.getMessage()).contains("districtName");
  }

  private static Person person(DistrictProfile profile, String id) {
    return profile.roster().person(PersonId.of(id));
  }

  private static ObjectNode person(ObjectNode root, int index) {
    return (ObjectNode) root.withArray("people").get(index);
  }

  /** Reads Sông Xanh's profile after a change, expecting it to fail; returns the message. */
  private static String failure(Consumer<ObjectNode> change) {
    ObjectNode root = songXanh();
    change.accept(root);
    ProfileException failure = catchProfileException(() -> DistrictProfileReader.read(stream(root.toString())));
    assertThat(failure.getMessage()).doesNotContain("com.fasterxml").doesNotContain("Exception");
    assertThat(failure.path()).isEqualTo(failure.getMessage().substring(0, failure.getMessage().indexOf(':')));
    return failure.getMessage();
  }

  private static ProfileException catchProfileException(Runnable read) {
    ProfileException[] caught = new ProfileException[1];
    assertThatExceptionOfType(ProfileException.class).isThrownBy(read::run).satisfies(e -> caught[0] = e);
    return caught[0];
  }

  private static ObjectNode songXanh() {
    try (InputStream in = DistrictProfileReaderTest.class.getResourceAsStream("/song-xanh.json")) {
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void givenRoleEnumAndFile_whenComparing_thenEveryRoleIsAccepted() {
    for (Role role : Role.values()) {
      if (role == Role.LEADER) {
        continue;
      }
      ObjectNode root = songXanh();
      person(root, 3).put("role", role.name());
      assertThat(DistrictProfileReader.read(stream(root.toString())).roster().person(PersonId.of("dothihanh")).role())
          .isEqualTo(role);
    }
  }
}
