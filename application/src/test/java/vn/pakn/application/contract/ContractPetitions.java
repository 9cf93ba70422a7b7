package vn.pakn.application.contract;

import static vn.pakn.domain.fixtures.DistrictFixtures.INFRASTRUCTURE;
import static vn.pakn.domain.fixtures.DistrictFixtures.INSPECTOR;
import static vn.pakn.domain.fixtures.DistrictFixtures.LEADER;
import static vn.pakn.domain.fixtures.PetitionFixtures.accepted;
import static vn.pakn.domain.fixtures.PetitionFixtures.at;
import static vn.pakn.domain.fixtures.PetitionFixtures.fullSender;
import static vn.pakn.domain.fixtures.PetitionFixtures.intake;
import static vn.pakn.domain.fixtures.PetitionFixtures.recording;
import static vn.pakn.domain.fixtures.PetitionFixtures.routedTo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.petition.ContactMethod;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.report.WorkingDayCounter;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.roster.SectorKind;
import vn.pakn.domain.routing.RoutingDecision;
import vn.pakn.domain.verification.Sender;

/** Petitions at every stage, on chosen days, built through the domain's verbs: the contract suites' data. */
public final class ContractPetitions {

  private ContractPetitions() {}

  /** 09:00 in Hòa An on that day, plus some seconds (to order petitions received the same day). */
  public static Instant morning(LocalDate day, int plusSeconds) {
    return day.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)).plusSeconds(plusSeconds);
  }

  public static Petition received(String id, String title, String content, SectorCode sector, PersonId owner,
      Instant receivedAt) {
    return Petition.receive(PetitionId.of(id), intake(title, content, fullSender()),
        routedTo(sector, owner, SectorKind.ORDINARY), DistrictFixtures.roster().person(owner), List.of(),
        at(receivedAt));
  }

  /** Routing could not place it: waiting for the leader. */
  public static Petition unplaced(String id, Instant receivedAt) {
    return Petition.receive(PetitionId.of(id), intake("Kiến nghị chung", "Đề nghị xem xét giúp đỡ", fullSender()),
        new RoutingDecision(Optional.empty(), LEADER, SectorKind.ORDINARY, 0.1, "Không xác định", List.of()),
        DistrictFixtures.roster().person(LEADER), List.of(), at(receivedAt));
  }

  public static Petition power(String id, Instant receivedAt) {
    return received(id, "Mất điện kéo dài ở xóm Nà Vài",
        "Xóm Nà Vài, xã Hồng Việt mất điện ba ngày nay chưa có điện lại.", DistrictFixtures.POWER, INFRASTRUCTURE,
        receivedAt);
  }

  /** Verified on the day it came in, then forwarded to the unit on {@code forwardedAt}. */
  public static Petition forwarded(String id, Instant receivedAt, UnitId unit, Instant forwardedAt,
      LocalDate deadline) {
    Actor member = DistrictFixtures.member(INFRASTRUCTURE);
    return accepted(power(id, receivedAt)
        .recordContactAttempt(member, ContactMethod.CALL, true, "Đã gọi", at(receivedAt))
        .then(p -> p.attachEvidence(member, recording(id + "-ev1", receivedAt), at(receivedAt)))
        .then(p -> p.verify(member, at(receivedAt)))
        .then(p -> p.forward(member, DistrictFixtures.profile().unit(unit), "Đề nghị kiểm tra, trả lời công dân",
            deadline, at(forwardedAt))));
  }

  public static Petition answered(String id, Instant receivedAt, UnitId unit, Instant forwardedAt, LocalDate deadline,
      Instant answeredAt) {
    return accepted(forwarded(id, receivedAt, unit, forwardedAt, deadline)
        .recordUnitAnswer(DistrictFixtures.unitAccount(unit), "Đã khắc phục, cấp điện trở lại", at(answeredAt)));
  }

  /** The sender left no usable contact: passed to the reception team. */
  public static Petition unreachable(String id, Instant receivedAt) {
    Petition p = Petition.receive(PetitionId.of(id), intake("Đường hỏng", "Đường liên xã bị hỏng nặng",
            Sender.anonymous()), routedTo(DistrictFixtures.TRANSPORT, INFRASTRUCTURE, SectorKind.ORDINARY),
        DistrictFixtures.roster().person(INFRASTRUCTURE), List.of(), at(receivedAt));
    return accepted(p.markUnreachable(DistrictFixtures.member(INFRASTRUCTURE), at(receivedAt)));
  }

  /** A complaint answered with guidance (R2 case 3). */
  public static Petition guided(String id, Instant receivedAt) {
    Petition p = Petition.receive(PetitionId.of(id), intake("Khiếu nại quyết định thu hồi đất",
            "Tôi khiếu nại quyết định thu hồi đất của xã", fullSender()),
        routedTo(DistrictFixtures.COMPLAINTS, INSPECTOR, SectorKind.COMPLAINT),
        DistrictFixtures.roster().person(INSPECTOR), List.of(), at(receivedAt));
    return accepted(p.guideComplaint(DistrictFixtures.member(INSPECTOR), SectorKind.COMPLAINT, java.util.Optional.empty(), at(receivedAt)));
  }

  /** Weekdays in (from, to]: enough of a calendar to check the report's averages. */
  public static WorkingDayCounter weekdays() {
    return (from, to) -> {
      int n = 0;
      for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
        if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
          n++;
        }
      }
      return n;
    };
  }
}
