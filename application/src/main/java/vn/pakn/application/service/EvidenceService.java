package vn.pakn.application.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.pakn.application.port.in.AttachEvidenceUseCase;
import vn.pakn.application.port.in.ExportEvidenceArchiveUseCase;
import vn.pakn.application.port.in.OpenEvidenceUseCase;
import vn.pakn.application.port.in.Outcome;
import vn.pakn.application.port.in.Problem;
import vn.pakn.application.port.out.EvidenceStore;
import vn.pakn.application.port.out.EvidenceTooLargeException;
import vn.pakn.application.port.out.IdGenerator;
import vn.pakn.application.port.out.PersonalDataAccessLog;
import vn.pakn.application.port.out.PetitionRepository;
import vn.pakn.application.port.out.SenderAccess;
import vn.pakn.application.port.out.StoredFile;
import vn.pakn.application.port.out.TransactionRunner;
import vn.pakn.application.port.out.VersionConflictException;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.EvidenceItem;
import vn.pakn.domain.petition.EvidenceKind;
import vn.pakn.domain.petition.Moment;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.petition.PetitionAccess;
import vn.pakn.domain.petition.PetitionAction;
import vn.pakn.domain.petition.PetitionId;
import vn.pakn.domain.petition.Refusal;
import vn.pakn.domain.petition.StepResult;
import vn.pakn.domain.verification.EvidenceArchiveName;
import vn.pakn.domain.verification.RecordingConsent;

/**
 * R2 case 1 steps 1–2: verification material is stored (streamed, size-limited, only accepted types),
 * attached to the petition, and exported as the zip the seed names. Recordings are personal data:
 * downloading them is recorded in the access log.
 */
public final class EvidenceService implements AttachEvidenceUseCase, ExportEvidenceArchiveUseCase, OpenEvidenceUseCase {

  /** Content types accepted as verification material. */
  static final List<String> ACCEPTED_TYPES = List.of("audio/", "image/", "message/rfc822", "application/pdf",
      "application/msword", "application/vnd.openxmlformats-officedocument.", "application/vnd.oasis.opendocument.",
      "text/plain", "application/vnd.ms-outlook");

  private final PetitionRepository petitions;
  private final EvidenceStore store;
  private final PersonalDataAccessLog accessLog;
  private final TransactionRunner transactions;
  private final PetitionSteps steps;
  private final District district;
  private final IdGenerator ids;
  private final long maxBytes;

  EvidenceService(PetitionRepository petitions, EvidenceStore store, PersonalDataAccessLog accessLog,
      TransactionRunner transactions, PetitionSteps steps, District district, IdGenerator ids, long maxBytes) {
    this.petitions = petitions;
    this.store = store;
    this.accessLog = accessLog;
    this.transactions = transactions;
    this.steps = steps;
    this.district = district;
    this.ids = ids;
    this.maxBytes = maxBytes;
  }

  @Override
  public Outcome<EvidenceItem> attach(Actor actor, AttachEvidenceCommand c) {
    String type = c.contentType().toLowerCase(Locale.ROOT);
    if (ACCEPTED_TYPES.stream().noneMatch(type::startsWith)) {
      return Outcome.failure(Problem.invalid("contentType: loại tệp '" + c.contentType()
          + "' không được chấp nhận (chỉ ghi âm, hình ảnh, email, PDF, Word, văn bản)"));
    }
    if (c.kind() == EvidenceKind.RECORDING && !type.startsWith("audio/")) {
      return Outcome.failure(Problem.invalid("contentType: bản ghi âm phải là tệp âm thanh"));
    }
    String evidenceId = ids.newId();
    try {
      return transactions.inTransaction(() -> {
        Outcome<Petition> found = steps.load(actor, c.petition());
        if (!found.succeeded()) {
          return Outcome.failure(found.problem());
        }
        Petition petition = found.orElseThrow();
        // Only the assigned member attaches material; a handling account has no person to record as its author.
        Optional<Refusal> denied = PetitionAccess.check(actor, PetitionAction.TRIAGE, petition);
        if (denied.isPresent()) {
          return Outcome.failure(Problem.from(denied.get()));
        }
        Moment now = district.now();
        // Ask the domain first, so nothing is stored for a step it refuses.
        StepResult trial = petition.attachEvidence(actor, item(actor, c, evidenceId, 0, now), now);
        if (trial instanceof StepResult.Refused r) {
          return Outcome.failure(Problem.from(r.refusal()));
        }
        long size;
        try {
          size = store.store(petition.id(), evidenceId, c.fileName(), c.contentType(), c.content(), maxBytes);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        EvidenceItem item = item(actor, c, evidenceId, size, now);
        StepResult result = petition.attachEvidence(actor, item, now);
        petitions.update(((StepResult.Accepted) result).petition());
        return Outcome.success(item);
      });
    } catch (EvidenceTooLargeException e) {
      return Outcome.failure(new Problem(Problem.Kind.TOO_LARGE, e.getMessage(), Optional.of("content")));
    } catch (VersionConflictException e) {
      return Outcome.failure(PetitionSteps.conflict(c.petition()));
    }
  }

  private static EvidenceItem item(Actor actor, AttachEvidenceCommand c, String id, long size, Moment now) {
    Optional<RecordingConsent> consent = c.kind() == EvidenceKind.RECORDING && c.consentAsked() && c.citizenInformed()
        ? Optional.of(new RecordingConsent(true, true, actor.person().orElseThrow(), now.at()))
        : Optional.empty();
    return new EvidenceItem(id, c.fileName(), c.contentType(), size, c.kind(),
        actor.person().orElseThrow(() -> new IllegalStateException("Chỉ thành viên Tổ công tác đính kèm tư liệu")),
        now.at(), consent);
  }

  @Override
  public Outcome<List<StoredFile>> list(Actor actor, PetitionId id) {
    return steps.load(actor, id).map(p -> store.list(p.id()));
  }

  @Override
  public Outcome<StoredFile> open(Actor actor, PetitionId id, String evidenceId) {
    Outcome<Petition> found = personalData(actor, id, "Tải tư liệu xác minh " + evidenceId);
    if (!found.succeeded()) {
      return Outcome.failure(found.problem());
    }
    return store.find(id, evidenceId).<Outcome<StoredFile>>map(Outcome::success)
        .orElseGet(() -> Outcome.failure(Problem.notFound("Không tìm thấy tư liệu " + evidenceId)));
  }

  @Override
  public Outcome<EvidenceArchive> export(Actor actor, PetitionId id) {
    Outcome<Petition> found = personalData(actor, id, "Tải tệp nén tư liệu xác minh");
    if (!found.succeeded()) {
      return Outcome.failure(found.problem());
    }
    Petition petition = found.orElseThrow();
    if (petition.evidence().isEmpty()) {
      return Outcome.failure(Problem.of(Problem.Kind.PRECONDITION, "Phản ánh chưa có tư liệu xác minh"));
    }
    String officer = district.rules().roster().findPerson(petition.assignee())
        .map(p -> p.fullName()).orElse(petition.assignee().value());
    String name = EvidenceArchiveName.of(district.today(), officer);
    List<StoredFile> files = store.list(petition.id());
    return Outcome.success(new EvidenceArchive() {
      @Override
      public String fileName() {
        return name;
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        writeZip(out, petition, officer, name, files);
      }
    });
  }

  private Outcome<Petition> personalData(Actor actor, PetitionId id, String purpose) {
    Outcome<Petition> found = steps.load(actor, id);
    if (!found.succeeded()) {
      return found;
    }
    if (!PetitionAccess.allowed(actor, PetitionAction.VIEW_SENDER, found.orElseThrow())) {
      return Outcome.failure(Problem.forbidden("Tài khoản này không được xem tư liệu xác minh"));
    }
    accessLog.record(new SenderAccess(actor.accountId(), actor.displayName(), id, district.now().at(), purpose));
    return found;
  }

  private static void writeZip(OutputStream out, Petition petition, String officer, String archiveName,
      List<StoredFile> files) throws IOException {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    StringBuilder manifest = new StringBuilder()
        .append("TƯ LIỆU XÁC MINH\n")
        .append("Tệp: ").append(archiveName).append('\n')
        .append("Phản ánh: ").append(petition.id()).append(" — ").append(petition.title()).append('\n')
        .append("Ngày tiếp nhận: ").append(day.format(petition.receivedOn())).append('\n')
        .append("Cán bộ xác minh: ").append(officer).append('\n')
        .append(petition.verificationNote().map(n -> "Nội dung xác minh: " + n + "\n").orElse(""))
        .append("\nDanh sách tệp:\n");
    int n = 0;
    for (StoredFile file : files) {
      n++;
      String entry = String.format("%02d_%s", n, safeEntryName(file.fileName()));
      Optional<EvidenceItem> item = petition.evidence().stream()
          .filter(e -> e.evidenceId().equals(file.evidenceId())).findFirst();
      manifest.append(entry).append(" | ").append(item.map(i -> i.kind().label()).orElse("Tệp")).append(" | ")
          .append(file.size()).append(" byte")
          .append(item.flatMap(EvidenceItem::consent).map(c -> " | đã xin ý kiến và thông báo ghi âm").orElse(""))
          .append('\n');
      zip.putNextEntry(new ZipEntry(entry));
      try (InputStream in = file.opener().open()) {
        in.transferTo(zip);
      }
      zip.closeEntry();
    }
    zip.putNextEntry(new ZipEntry("00_danh-sach-tu-lieu.txt"));
    zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.finish();
  }

  /** A file name with no directories, no parent references and no control characters: zip-slip proof. */
  static String safeEntryName(String fileName) {
    String base = fileName.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = base.replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").replaceAll("^\\.+", "");
    return base.isBlank() ? "tep" : base;
  }
}
