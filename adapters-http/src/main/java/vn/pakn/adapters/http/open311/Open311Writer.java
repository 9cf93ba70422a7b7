package vn.pakn.adapters.http.open311;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes GeoReport v2 documents in JSON (Jackson's streaming generator) or XML (the JDK's
 * {@link XMLStreamWriter}, which escapes text). A document is a list of elements, or one element, each an
 * ordered map of field to value: a {@code String}, a {@code Number}, a {@code Boolean}, {@code null} (JSON
 * {@code null}, an empty XML element) or a {@link Nested} list.
 */
final class Open311Writer {

  /** A list inside an element, e.g. a service definition's {@code attributes}. */
  record Nested(String element, List<Map<String, Object>> items) {}

  private static final JsonFactory JSON = new JsonFactory();
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  private Open311Writer() {}

  /** {@code [{…},{…}]} or {@code <root><element>…</element>…</root>}. */
  static String list(Open311Format format, String root, String element, List<Map<String, Object>> items) {
    return format == Open311Format.JSON ? json(g -> jsonArray(g, items)) : xml(w -> {
      w.writeStartElement(root);
      for (Map<String, Object> item : items) {
        xmlElement(w, element, item);
      }
      w.writeEndElement();
    });
  }

  /** {@code {…}} or {@code <root>…</root>}. */
  static String single(Open311Format format, String root, Map<String, Object> fields) {
    return format == Open311Format.JSON ? json(g -> jsonObject(g, fields)) : xml(w -> xmlElement(w, root, fields));
  }

  /** The spec's error document. */
  static String errors(Open311Format format, int code, String description) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("description", description);
    return list(format, "errors", "error", List.of(error));
  }

  // ---- JSON ----

  private interface JsonBody {
    void write(JsonGenerator g) throws IOException;
  }

  private static String json(JsonBody body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void jsonArray(JsonGenerator g, List<Map<String, Object>> items) throws IOException {
    g.writeStartArray();
    for (Map<String, Object> item : items) {
      jsonObject(g, item);
    }
    g.writeEndArray();
  }

  private static void jsonObject(JsonGenerator g, Map<String, Object> fields) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, Object> f : fields.entrySet()) {
      g.writeFieldName(f.getKey());
      Object v = f.getValue();
      if (v == null) {
        g.writeNull();
      } else if (v instanceof String s) {
        g.writeString(s);
      } else if (v instanceof Boolean b) {
        g.writeBoolean(b);
      } else if (v instanceof BigDecimal d) {
        g.writeNumber(d);
      } else if (v instanceof Integer i) {
        g.writeNumber(i);
      } else if (v instanceof Nested n) {
        jsonArray(g, n.items());
      } else {
        throw new IllegalStateException("Open311: no JSON form for " + v.getClass().getName());
      }
    }
    g.writeEndObject();
  }

  // ---- XML ----

  private interface XmlBody {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  private static String xml(XmlBody body) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XML.createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      body.write(w);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Open311: XML could not be written", e);
    }
    return out.toString();
  }

  private static void xmlElement(XMLStreamWriter w, String name, Map<String, Object> fields) throws XMLStreamException {
    w.writeStartElement(name);
    for (Map.Entry<String, Object> f : fields.entrySet()) {
      Object v = f.getValue();
      if (v == null) {
        w.writeEmptyElement(f.getKey());
      } else if (v instanceof Nested n) {
        w.writeStartElement(f.getKey());
        for (Map<String, Object> item : n.items()) {
          xmlElement(w, n.element(), item);
        }
        w.writeEndElement();
      } else {
        w.writeStartElement(f.getKey());
        w.writeCharacters(xmlText(v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v)));
        w.writeEndElement();
      }
    }
    w.writeEndElement();
  }

  /** Text without the characters XML 1.0 cannot hold (control characters, lone surrogates). */
  static String xmlText(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
