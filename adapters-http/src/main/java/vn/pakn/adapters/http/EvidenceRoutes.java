package vn.pakn.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.pakn.application.port.in.AttachEvidenceUseCase.AttachEvidenceCommand;
import vn.pakn.application.port.in.ExportEvidenceArchiveUseCase.EvidenceArchive;
import vn.pakn.application.port.out.StoredFile;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.petition.EvidenceItem;
import vn.pakn.domain.petition.EvidenceKind;
import vn.pakn.domain.petition.PetitionId;

/**
 * Verification material (R2 case 1 steps 1–2): multipart upload, listing, download of one file, and the
 * zip named {@code dd.mm.yyyy_tulieuxacminh.<officer>.zip}. File names are cut to their last segment and
 * cleaned of control and reserved characters; downloads are always attachments, never sniffed.
 */
public final class EvidenceRoutes implements RouteModule {

  private static final String PATH = PetitionRoutes.BASE + "/petitions/{id}/evidence";
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");
  static final int MAX_FILE_NAME = 200;

  private final Api api;

  public EvidenceRoutes(Api api) {
    this.api = api;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post(PATH, this::upload);
    routes.get(PATH, this::list);
    routes.get(PATH + ".zip", this::archive);
    routes.get(PATH + "/{evidenceId}", this::download);
  }

  private void upload(Context ctx) {
    Actor actor = api.actor(ctx);
    PetitionId petition = Api.petitionId(ctx);
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw new HttpProblem(415, "unsupported_media_type",
          "Tải tư liệu lên phải dùng multipart/form-data với phần 'file'", null);
    }
    Upload upload = readUpload(ctx);
    try (InputStream content = upload.file().content()) {
      EvidenceItem item = Api.value(api.useCases.attachEvidence().attach(actor, PetitionRoutes.command(() ->
          new AttachEvidenceCommand(petition, upload.fileName(), upload.contentType(), upload.kind(),
              upload.consentAsked(), upload.citizenInformed(), content))));
      ctx.status(201).header("Location", PetitionRoutes.BASE + "/petitions/" + petition + "/evidence/"
          + item.evidenceId()).json(api.json().evidence(item));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Upload(UploadedFile file, String fileName, String contentType, EvidenceKind kind,
      boolean consentAsked, boolean citizenInformed) {}

  /** The parts of the upload; a broken or oversized multipart body becomes 400 or 413, not a 500. */
  private static Upload readUpload(Context ctx) {
    UploadedFile file;
    Map<String, List<String>> fields;
    try {
      file = ctx.uploadedFile("file");
      fields = ctx.formParamMap();
    } catch (Exception e) { // Jetty's multipart parser also throws the checked ServletException
      throw multipartProblem(e);
    }
    if (file == null) {
      throw HttpProblem.validation("file", "thiếu phần 'file' chứa tệp tư liệu");
    }
    for (String name : fields.keySet()) {
      if (!List.of("file", "kind", "consentAsked", "citizenInformed").contains(name)) {
        throw HttpProblem.validation(clean(name, 64), "trường không được hỗ trợ; các trường hợp lệ: file, kind, "
            + "consentAsked, citizenInformed");
      }
    }
    String kindText = single(fields, "kind").orElseThrow(() -> HttpProblem.validation("kind",
        "bắt buộc: " + String.join(", ", Arrays.stream(EvidenceKind.values()).map(Enum::name).toList())));
    EvidenceKind kind;
    try {
      kind = EvidenceKind.valueOf(kindText.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw HttpProblem.validation("kind", "'" + clean(kindText, 40) + "' không hợp lệ; giá trị hợp lệ: "
          + String.join(", ", Arrays.stream(EvidenceKind.values()).map(Enum::name).toList()));
    }
    return new Upload(file, sanitizeFileName(file.filename()), mediaType(file.contentType()), kind,
        bool(fields, "consentAsked"), bool(fields, "citizenInformed"));
  }

  private static HttpProblem multipartProblem(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("exceed") || m.contains("too large") || m.contains("max")) {
        return new HttpProblem(413, "too_large", "Tệp tải lên vượt quá dung lượng cho phép", "file");
      }
    }
    return HttpProblem.validation("file", "Nội dung multipart/form-data không hợp lệ");
  }

  private static Optional<String> single(Map<String, List<String>> fields, String name) {
    List<String> values = fields.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw HttpProblem.validation(name, "chỉ được gửi một lần");
    }
    return values.stream().filter(v -> !v.isBlank()).findFirst();
  }

  private static boolean bool(Map<String, List<String>> fields, String name) {
    Optional<String> v = single(fields, name);
    if (v.isEmpty() || v.get().strip().equalsIgnoreCase("false")) {
      return false;
    }
    if (v.get().strip().equalsIgnoreCase("true")) {
      return true;
    }
    throw HttpProblem.validation(name, "phải là true hoặc false");
  }

  /** The media type of the part, lower case, without parameters; a malformed one is refused. */
  static String mediaType(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new HttpProblem(415, "unsupported_media_type", "Phần 'file' phải ghi rõ Content-Type của tệp", "file");
    }
    String type = raw.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!MEDIA_TYPE.matcher(type).matches()) {
      throw new HttpProblem(415, "unsupported_media_type", "Content-Type của tệp không hợp lệ", "file");
    }
    return type;
  }

  /**
   * The file name a client sent, made safe to keep and to show: the last path segment only, no control or
   * reserved characters, no leading dots, no broken Unicode, at most {@value #MAX_FILE_NAME} characters.
   */
  static String sanitizeFileName(String raw) {
    String name = raw == null ? "" : raw.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    StringBuilder out = new StringBuilder();
    name.codePoints().forEach(cp -> {
      boolean bad = Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
          || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) || ":*?\"<>|".indexOf(cp) >= 0;
      out.appendCodePoint(bad ? '_' : cp);
    });
    String cleaned = out.toString().strip().replaceAll("^[.\\s]+", "");
    if (cleaned.isEmpty()) {
      cleaned = "tep";
    }
    if (cleaned.length() > MAX_FILE_NAME) {
      int dot = cleaned.lastIndexOf('.');
      String ext = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
      cleaned = cutAtCodePoint(cleaned, MAX_FILE_NAME - ext.length()) + ext;
    }
    return cleaned;
  }

  private static String cutAtCodePoint(String s, int max) {
    int end = Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max;
    return s.substring(0, end);
  }

  /** A short, safe echo of client text in an error message. */
  private static String clean(String s, int max) {
    String c = sanitizeFileName(s);
    return c.length() > max ? cutAtCodePoint(c, max) : c;
  }

  private void list(Context ctx) {
    Actor actor = api.actor(ctx);
    PetitionId petition = Api.petitionId(ctx);
    List<StoredFile> files = Api.value(api.useCases.openEvidence().list(actor, petition));
    PetitionJson json = api.json();
    Map<String, PetitionJson.Evidence> items = new TreeMap<>();
    Api.value(api.useCases.get().get(actor, petition)).evidence()
        .forEach(e -> items.put(e.evidenceId(), json.evidence(e)));
    ctx.json(files.stream().map(f -> {
      Map<String, Object> out = new TreeMap<>();
      out.put("id", f.evidenceId());
      out.put("fileName", f.fileName());
      out.put("contentType", f.contentType());
      out.put("size", f.size());
      Optional.ofNullable(items.get(f.evidenceId())).ifPresent(i -> {
        out.put("kind", i.kind());
        out.put("consent", i.consent());
        out.put("addedBy", i.addedBy());
        out.put("addedAt", i.addedAt());
      });
      out.put("href", PetitionRoutes.BASE + "/petitions/" + petition + "/evidence/" + f.evidenceId());
      return out;
    }).toList());
  }

  private void download(Context ctx) {
    Actor actor = api.actor(ctx);
    PetitionId petition = Api.petitionId(ctx);
    String evidenceId = ctx.pathParam("evidenceId");
    if (evidenceId.length() > 64) {
      throw HttpProblem.notFound("Không tìm thấy tư liệu");
    }
    StoredFile file = Api.value(api.useCases.openEvidence().open(actor, petition, evidenceId));
    InputStream in;
    try {
      in = file.opener().open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.header("Content-Disposition", contentDisposition(file.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .contentType(safeStoredType(file.contentType()))
        .result(in);
  }

  private static String safeStoredType(String stored) {
    String type = stored == null ? "" : stored.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return MEDIA_TYPE.matcher(type).matches() ? type : "application/octet-stream";
  }

  private void archive(Context ctx) {
    Actor actor = api.actor(ctx);
    EvidenceArchive archive = Api.value(api.useCases.evidenceArchive().export(actor, Api.petitionId(ctx)));
    ctx.status(200).contentType("application/zip")
        .header("Content-Disposition", contentDisposition(archive.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store");
    try {
      OutputStream out = ctx.outputStream();
      archive.writeTo(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>} (RFC 6266, RFC 8187),
   * so Vietnamese names survive and nothing the name holds can break out of the header.
   */
  static String contentDisposition(String fileName) {
    String safe = sanitizeFileName(fileName);
    StringBuilder ascii = new StringBuilder();
    for (char c : safe.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
    }
    StringBuilder encoded = new StringBuilder();
    for (byte b : safe.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
