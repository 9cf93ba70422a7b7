package vn.pakn.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON request body read field by field, so that every wrong input is answered with the field's name
 * (dotted, e.g. {@code sender.phone}) and the reason, in Vietnamese.
 */
public final class Body {

  private final JsonNode node;
  private final String prefix;

  private Body(JsonNode node, String prefix) {
    this.node = node;
    this.prefix = prefix;
  }

  /** Parses a request body that must be one JSON object with only the allowed fields. */
  public static Body parse(ObjectMapper mapper, String text, String... allowed) {
    if (text == null || text.isBlank()) {
      text = "{}";
    }
    JsonNode node;
    try {
      node = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw HttpProblem.validation(null, "Nội dung yêu cầu không phải JSON hợp lệ"
          + (e.getLocation() == null ? "" : " (dòng " + e.getLocation().getLineNr() + ", cột "
          + e.getLocation().getColumnNr() + ")"));
    }
    if (node == null || !node.isObject()) {
      throw HttpProblem.validation(null, "Nội dung yêu cầu phải là một đối tượng JSON");
    }
    return new Body(node, "").only(allowed);
  }

  private Body only(String... allowed) {
    Set<String> ok = new TreeSet<>(Arrays.asList(allowed));
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!ok.contains(name)) {
        throw HttpProblem.validation(prefix + name, "trường không được hỗ trợ; các trường hợp lệ: " + String.join(", ", ok));
      }
    }
    return this;
  }

  private String path(String name) {
    return prefix + name;
  }

  private Optional<JsonNode> value(String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  public Optional<String> text(String name, int max) {
    Optional<JsonNode> v = value(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (!v.get().isTextual()) {
      throw HttpProblem.validation(path(name), "phải là chuỗi ký tự");
    }
    String s = v.get().asText();
    if (s.length() > max) {
      throw HttpProblem.validation(path(name), "dài quá " + max + " ký tự");
    }
    if (!cleanText(s)) {
      throw HttpProblem.validation(path(name), "chứa ký tự không hợp lệ");
    }
    return Optional.of(s);
  }

  /**
   * Text a person could have typed: no control characters (but tab and line breaks), no NUL, no lone
   * surrogates, no non-characters. Shared by every adapter that reads text from outside.
   */
  public static boolean cleanText(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
        return false;
      }
    }
    return true;
  }


  public String requiredText(String name, int max) {
    return text(name, max).filter(s -> !s.isBlank())
        .orElseThrow(() -> HttpProblem.validation(path(name), "không được để trống"));
  }

  public Optional<Boolean> bool(String name) {
    Optional<JsonNode> v = value(name);
    if (v.isPresent() && !v.get().isBoolean()) {
      throw HttpProblem.validation(path(name), "phải là true hoặc false");
    }
    return v.map(JsonNode::asBoolean);
  }

  public boolean requiredBool(String name) {
    return bool(name).orElseThrow(() -> HttpProblem.validation(path(name), "bắt buộc (true hoặc false)"));
  }

  /** The optimistic-locking version the client saw, if sent. */
  public OptionalLong version() {
    Optional<JsonNode> v = value("version");
    if (v.isEmpty()) {
      return OptionalLong.empty();
    }
    if (!v.get().canConvertToLong() || !v.get().isIntegralNumber() || v.get().asLong() < 1) {
      throw HttpProblem.validation(path("version"), "phải là số nguyên dương");
    }
    return OptionalLong.of(v.get().asLong());
  }

  public Optional<LocalDate> date(String name) {
    Optional<String> s = text(name, 10);
    try {
      return s.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw HttpProblem.validation(path(name), "phải là ngày dạng yyyy-MM-dd");
    }
  }

  public <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
    Optional<String> s = text(name, 40);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, s.get().strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw HttpProblem.validation(path(name), "'" + s.get() + "' không hợp lệ; giá trị hợp lệ: "
          + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }
  }

  public List<String> textList(String name, int maxItems, int maxLength) {
    Optional<JsonNode> v = value(name);
    if (v.isEmpty()) {
      return List.of();
    }
    if (!v.get().isArray() || v.get().size() > maxItems) {
      throw HttpProblem.validation(path(name), "phải là danh sách tối đa " + maxItems + " chuỗi");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.get().size(); i++) {
      JsonNode item = v.get().get(i);
      if (!item.isTextual() || item.asText().length() > maxLength) {
        throw HttpProblem.validation(path(name) + "[" + i + "]", "phải là chuỗi tối đa " + maxLength + " ký tự");
      }
      out.add(item.asText());
    }
    return out;
  }

  /** A nested object, read with the same care; empty when absent or null. */
  public Optional<Body> object(String name, String... allowed) {
    Optional<JsonNode> v = value(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (!v.get().isObject()) {
      throw HttpProblem.validation(path(name), "phải là một đối tượng JSON");
    }
    return Optional.of(new Body(v.get(), path(name) + ".").only(allowed));
  }
}
