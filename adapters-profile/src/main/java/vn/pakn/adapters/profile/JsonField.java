package vn.pakn.adapters.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A JSON value with the path that led to it, so every error names the field at fault. Objects
 * are read through {@link #fields}, which rejects unknown fields (typo protection).
 */
final class JsonField {

  private final JsonNode node;
  private final String path;

  private JsonField(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  static JsonField root(JsonNode node) {
    return new JsonField(node, "");
  }

  String path() {
    return path;
  }

  ProfileException error(String reason) {
    return new ProfileException(path, reason);
  }

  /** This value as an object whose fields are exactly among {@code allowed}. */
  JsonField fields(String... allowed) {
    if (!node.isObject()) {
      throw error("phải là một đối tượng JSON {...}, không phải " + describe(node));
    }
    Set<String> known = Set.of(allowed);
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String name = property.getKey();
      if (!known.contains(name)) {
        throw at(name).error("trường không được hỗ trợ; các trường hợp lệ: "
            + Arrays.stream(allowed).collect(Collectors.joining(", ")));
      }
    }
    return this;
  }

  private JsonField at(String field) {
    return new JsonField(node.path(field), path.isEmpty() ? field : path + "." + field);
  }

  JsonField required(String field) {
    JsonField child = at(field);
    if (child.node.isMissingNode() || child.node.isNull()) {
      throw child.error("thiếu trường bắt buộc");
    }
    return child;
  }

  Optional<JsonField> optional(String field) {
    JsonField child = at(field);
    return child.node.isMissingNode() || child.node.isNull() ? Optional.empty() : Optional.of(child);
  }

  String text(String field) {
    return required(field).asText();
  }

  Optional<String> optionalText(String field) {
    return optional(field).map(JsonField::asText);
  }

  String asText() {
    if (!node.isTextual()) {
      throw error("phải là một chuỗi \"...\", không phải " + describe(node));
    }
    if (node.asText().isBlank()) {
      throw error("không được để trống");
    }
    return node.asText().strip();
  }

  int integer(String field) {
    JsonField child = required(field);
    if (!child.node.isIntegralNumber() || !child.node.canConvertToInt()) {
      throw child.error("phải là một số nguyên, không phải " + describe(child.node));
    }
    return child.node.intValue();
  }

  double asNumber() {
    if (!node.isNumber()) {
      throw error("phải là một số, không phải " + describe(node));
    }
    return node.doubleValue();
  }

  LocalDate asDate() {
    String text = asText();
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error("\"" + text + "\" không phải ngày dạng ISO yyyy-MM-dd");
    }
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    return required(field).asEnum(type);
  }

  <E extends Enum<E>> E asEnum(Class<E> type) {
    String text = asText();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw error("\"" + text + "\" không hợp lệ, phải là " + oneOf(type));
  }

  private static <E extends Enum<E>> String oneOf(Class<E> type) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " hoặc " + names.get(names.size() - 1);
  }

  /** The elements of a required array field, each read by {@code reader}. */
  <T> List<T> list(String field, Function<JsonField, T> reader) {
    return required(field).asList(reader);
  }

  /** The elements of an optional array field (absent: empty). */
  <T> List<T> optionalList(String field, Function<JsonField, T> reader) {
    return optional(field).map(f -> f.asList(reader)).orElse(List.of());
  }

  private <T> List<T> asList(Function<JsonField, T> reader) {
    if (!node.isArray()) {
      throw error("phải là một mảng [...], không phải " + describe(node));
    }
    List<T> values = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      values.add(reader.apply(new JsonField(node.get(i), path + "[" + i + "]")));
    }
    return values;
  }

  /** An object used as a map from names to values, in file order. */
  <T> Map<String, T> asMap(Function<JsonField, T> reader) {
    if (!node.isObject()) {
      throw error("phải là một đối tượng JSON {\"...\": ...}, không phải " + describe(node));
    }
    Map<String, T> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      values.put(entry.getKey(), reader.apply(at(entry.getKey())));
    }
    return values;
  }

  private static String describe(JsonNode value) {
    if (value.isTextual()) {
      return "chuỗi \"" + value.asText() + "\"";
    }
    if (value.isNumber()) {
      return "số " + value.asText();
    }
    if (value.isBoolean()) {
      return "giá trị " + value.asText();
    }
    if (value.isArray()) {
      return "một mảng";
    }
    if (value.isObject()) {
      return "một đối tượng";
    }
    return "null";
  }
}
