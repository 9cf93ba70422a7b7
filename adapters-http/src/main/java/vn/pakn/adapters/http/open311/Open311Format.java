package vn.pakn.adapters.http.open311;

import java.util.Locale;

/** The two output formats of GeoReport v2, chosen by the resource's extension ({@code services.xml}). */
enum Open311Format {
  JSON("application/json; charset=utf-8"),
  XML("text/xml; charset=utf-8");

  /** A resource name split from its format: {@code requests.json} → ({@code requests}, JSON). */
  record Resource(String name, Open311Format format) {}

  private final String contentType;

  Open311Format(String contentType) {
    this.contentType = contentType;
  }

  String contentType() {
    return contentType;
  }

  /** The format a path segment asks for, JSON when it names none we know (for answering its error). */
  static Open311Format guess(String segment) {
    return segment != null && segment.toLowerCase(Locale.ROOT).endsWith(".xml") ? XML : JSON;
  }

  /**
   * Splits {@code name.ext}; an unknown or missing extension is a 404 in the spec's format.
   */
  static Resource split(String segment) {
    int dot = segment.lastIndexOf('.');
    if (dot <= 0) {
      throw Open311Error.notFound("Thiếu định dạng: dùng " + segment + ".json hoặc " + segment + ".xml");
    }
    String ext = segment.substring(dot + 1).toLowerCase(Locale.ROOT);
    Open311Format format = switch (ext) {
      case "json" -> JSON;
      case "xml" -> XML;
      default -> throw Open311Error.notFound("Định dạng '" + shorten(ext)
          + "' không được hỗ trợ: dùng .json hoặc .xml");
    };
    return new Resource(segment.substring(0, dot), format);
  }

  static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
