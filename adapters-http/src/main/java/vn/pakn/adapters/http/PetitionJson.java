package vn.pakn.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.pakn.application.query.PetitionSummary;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.escalation.ForwardingDocument;
import vn.pakn.domain.escalation.OpinionRequest;
import vn.pakn.domain.petition.Answer;
import vn.pakn.domain.petition.ContactAttempt;
import vn.pakn.domain.petition.EvidenceItem;
import vn.pakn.domain.petition.Forwarding;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionEvent;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.routing.RoutingDecision;
import vn.pakn.domain.verification.Sender;

/** The JSON shapes of petitions: names resolved from the district profile, times with the district's offset. */
public final class PetitionJson {

  /** A code with its Vietnamese name. */
  public record Ref(String code, String name) {}

  /** A person or account with its display name. */
  public record PersonRef(String id, String name) {}

  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public record SenderJson(Optional<String> name, Optional<String> phone, Optional<String> email,
      Optional<String> address, String contact) {}

  public record Summary(String id, String title, String status, String statusLabel, Ref sector, PersonRef assignee,
      Ref unit, OffsetDateTime receivedAt, LocalDate deadline, boolean overdue, boolean complex) {}

  public record Routing(Ref sector, PersonRef assignee, boolean complaint, String kind, double confidence,
      String explanation, List<Ref> otherSectors) {}

  public record Event(int sequence, String type, String label, String actor, OffsetDateTime at, String summary) {}

  public record Attempt(String method, boolean reached, String note, PersonRef by, OffsetDateTime at) {}

  public record Evidence(String id, String fileName, String contentType, long size, String kind, boolean consent,
      PersonRef addedBy, OffsetDateTime addedAt) {}

  public record Opinion(PersonRef requestedBy, OffsetDateTime requestedAt, String question, String answer,
      String answeredBy, OffsetDateTime answeredAt) {}

  public record Document(PersonRef draftedBy, OffsetDateTime draftedAt, String subject, String body,
      List<String> recipients, boolean signed, String signedBy, boolean underDelegation, OffsetDateTime signedAt) {}

  public record ForwardingJson(Ref unit, String instructions, LocalDate forwardedOn, LocalDate deadline,
      PersonRef forwardedBy) {}

  public record AnswerJson(String by, OffsetDateTime at, String text) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Detail(String id, long version, String title, String content, String sectorHint, String channel,
      SenderJson sender, OffsetDateTime receivedAt, String status, String statusLabel, Ref sector, PersonRef assignee,
      boolean complaint, String kind, double confidence, String explanation, List<String> complexReasons,
      List<Attempt> contactAttempts, List<Evidence> evidence, String verificationNote, List<Opinion> opinions,
      Document document, ForwardingJson forwarding, LocalDate deadline, AnswerJson unitAnswer,
      AnswerJson receptionAnswer, AnswerJson citizenReply, OffsetDateTime closedAt, List<Event> history) {}

  private final DistrictProfile profile;
  private final ZoneId zone;

  public PetitionJson(DistrictProfile profile, ZoneId zone) {
    this.profile = profile;
    this.zone = zone;
  }

  public OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }

  public Ref sector(Optional<SectorCode> code) {
    return code.map(c -> new Ref(c.value(), profile.roster().findSector(c).map(s -> s.name()).orElse(c.value())))
        .orElse(null);
  }

  public PersonRef person(PersonId id) {
    return new PersonRef(id.value(), profile.roster().findPerson(id).map(p -> p.fullName()).orElse(id.value()));
  }

  public Ref unit(Optional<UnitId> id) {
    return id.map(u -> new Ref(u.value(), profile.findUnit(u).map(x -> x.name()).orElse(u.value()))).orElse(null);
  }

  public Summary summary(PetitionSummary s, LocalDate today) {
    return new Summary(s.id().value(), s.title(), s.status().name(), s.status().label(), sector(s.sector()),
        person(s.assignee()), unit(s.unit()), time(s.receivedAt()), s.deadline().orElse(null), s.overdueOn(today),
        s.complex());
  }

  public Routing routing(RoutingDecision d) {
    return new Routing(sector(d.sector()), person(d.assignee()), d.kind().isComplaintLike(), d.kind().name(),
        d.confidence(), d.explanation(), d.otherSectors().stream().map(c -> sector(Optional.of(c))).toList());
  }

  public SenderJson sender(Sender s) {
    return new SenderJson(s.name(), s.phone(), s.email(), s.address(), s.completeness().name());
  }

  public Detail detail(Petition p) {
    return new Detail(p.id().value(), p.version(), p.title(), p.content(), p.sectorHint().orElse(null),
        p.channel().name(), sender(p.sender()), time(p.receivedAt()), p.status().name(), p.status().label(),
        sector(p.sector()), person(p.assignee()), p.kind().isComplaintLike(), p.kind().name(), p.routingConfidence(),
        p.routingExplanation(), p.complexReasons(),
        p.contactAttempts().stream().map(this::attempt).toList(),
        p.evidence().stream().map(this::evidence).toList(),
        p.verificationNote().orElse(null),
        p.opinionRequests().stream().map(this::opinion).toList(),
        p.document().map(this::document).orElse(null),
        p.forwarding().map(this::forwarding).orElse(null),
        p.deadline().orElse(null),
        p.unitAnswer().map(this::answer).orElse(null),
        p.receptionAnswer().map(this::answer).orElse(null),
        p.citizenReply().map(this::answer).orElse(null),
        p.closedAt().map(this::time).orElse(null),
        p.events().stream().map(this::event).toList());
  }

  private Attempt attempt(ContactAttempt a) {
    return new Attempt(a.method().name(), a.reached(), a.note(), person(a.by()), time(a.at()));
  }

  Evidence evidence(EvidenceItem e) {
    return new Evidence(e.evidenceId(), e.fileName(), e.contentType(), e.size(), e.kind().name(),
        e.consent().isPresent(), person(e.addedBy()), time(e.addedAt()));
  }

  private Opinion opinion(OpinionRequest r) {
    return new Opinion(person(r.requestedBy()), time(r.requestedAt()), r.question(),
        r.opinion().map(o -> o.text()).orElse(null), r.opinion().map(o -> o.givenByName()).orElse(null),
        r.opinion().map(o -> time(o.givenAt())).orElse(null));
  }

  private Document document(ForwardingDocument d) {
    return new Document(person(d.draftedBy()), time(d.draftedAt()), d.subject(), d.body(), d.recipients(), d.signed(),
        d.signature().map(s -> s.signerName()).orElse(null),
        d.signature().map(s -> s.underDelegation()).orElse(false),
        d.signature().map(s -> time(s.signedAt())).orElse(null));
  }

  private ForwardingJson forwarding(Forwarding f) {
    return new ForwardingJson(unit(Optional.of(f.unit())), f.instructions(), f.forwardedOn(), f.deadline(),
        person(f.forwardedBy()));
  }

  private AnswerJson answer(Answer a) {
    return new AnswerJson(a.byName(), time(a.at()), a.text());
  }

  private Event event(PetitionEvent e) {
    return new Event(e.sequence(), e.type().name(), e.type().label(), e.actorName(), time(e.at()), e.summary());
  }
}
