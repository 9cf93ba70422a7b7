package vn.pakn.adapters.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.pakn.domain.escalation.ForwardingDocument;
import vn.pakn.domain.escalation.OpinionRequest;
import vn.pakn.domain.petition.Answer;
import vn.pakn.domain.petition.Channel;
import vn.pakn.domain.petition.ContactAttempt;
import vn.pakn.domain.petition.EvidenceItem;
import vn.pakn.domain.petition.Forwarding;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionEvent;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Status;
import vn.pakn.domain.roster.PersonId;
import vn.pakn.domain.roster.SectorCode;
import vn.pakn.domain.roster.SectorKind;
import vn.pakn.domain.verification.Sender;

/**
 * The petition's state as stored in the {@code document} column (JSON); id, version and events live in
 * their own columns and table.
 */
record PetitionDocument(
    String title,
    String content,
    Optional<String> sectorHint,
    Sender sender,
    Channel channel,
    Instant receivedAt,
    LocalDate receivedOn,
    Optional<SectorCode> sector,
    SectorKind kind,
    double routingConfidence,
    String routingExplanation,
    PersonId assignee,
    Status status,
    List<String> complexReasons,
    List<ContactAttempt> contactAttempts,
    List<EvidenceItem> evidence,
    Optional<String> verificationNote,
    List<OpinionRequest> opinionRequests,
    Optional<ForwardingDocument> document,
    Optional<Forwarding> forwarding,
    Optional<Answer> receptionAnswer,
    Optional<Answer> guidance,
    Optional<Answer> unitAnswer,
    Optional<Answer> citizenReply,
    Optional<Instant> closedAt) {

  static PetitionDocument of(Petition p) {
    return new PetitionDocument(p.title(), p.content(), p.sectorHint(), p.sender(), p.channel(), p.receivedAt(),
        p.receivedOn(), p.sector(), p.kind(), p.routingConfidence(), p.routingExplanation(), p.assignee(), p.status(),
        p.complexReasons(), p.contactAttempts(), p.evidence(), p.verificationNote(), p.opinionRequests(), p.document(),
        p.forwarding(), p.receptionAnswer(), p.guidance(), p.unitAnswer(), p.citizenReply(), p.closedAt());
  }

  Petition toPetition(PetitionId id, long version, List<PetitionEvent> events) {
    return Petition.builder()
        .id(id)
        .version(version)
        .title(title)
        .content(content)
        .sectorHint(sectorHint)
        .sender(sender)
        .channel(channel)
        .receivedAt(receivedAt)
        .receivedOn(receivedOn)
        .sector(sector)
        .kind(kind)
        .routingConfidence(routingConfidence)
        .routingExplanation(routingExplanation)
        .assignee(assignee)
        .status(status)
        .complexReasons(complexReasons)
        .contactAttempts(contactAttempts)
        .evidence(evidence)
        .verificationNote(verificationNote)
        .opinionRequests(opinionRequests)
        .document(document)
        .forwarding(forwarding)
        .receptionAnswer(receptionAnswer)
        .guidance(guidance)
        .unitAnswer(unitAnswer)
        .citizenReply(citizenReply)
        .closedAt(closedAt)
        .events(events)
        .build();
  }
}
