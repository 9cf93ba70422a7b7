package vn.pakn.adapters.http.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.pakn.adapters.http.Body;

/**
 * The fields of a POST, read from a form (the spec's encoding, url-encoded or multipart) or from a JSON
 * object; each bad value is a 400 naming the field. Fields we do not use (jurisdiction_id, device_id,
 * attribute[…]) are accepted and ignored, as the spec lets clients send them.
 */
final class Open311Params {

  private interface Source {
    List<String> values(String name);
  }

  private final Source source;

  private Open311Params(Source source) {
    this.source = source;
  }

  static Open311Params of(Context ctx, ObjectMapper mapper) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
      return new Open311Params(ctx::formParams);
    }
    if (type.startsWith("application/json")) {
      JsonNode node;
      try {
        node = mapper.readTree(ctx.body().isBlank() ? "{}" : ctx.body());
      } catch (JsonProcessingException e) {
        throw Open311Error.badRequest("body", "nội dung không phải JSON hợp lệ");
      }
      if (node == null || !node.isObject()) {
        throw Open311Error.badRequest("body", "nội dung phải là một đối tượng JSON");
      }
      return new Open311Params(name -> json(node, name));
    }
    throw Open311Error.badRequest("Content-Type",
        "phải là application/x-www-form-urlencoded, multipart/form-data hoặc application/json");
  }

  private static List<String> json(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (v.isTextual()) {
      return List.of(v.asText());
    }
    if (v.isNumber()) {
      return List.of(v.decimalValue().toPlainString());
    }
    throw Open311Error.badRequest(name, "phải là chuỗi ký tự hoặc số");
  }

  /** The field's value, stripped; empty when absent or blank. */
  Optional<String> text(String name, int max) {
    List<String> values = source.values(name);
    if (values.size() > 1) {
      throw Open311Error.badRequest(name, "chỉ được gửi một lần");
    }
    if (values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
      return Optional.empty();
    }
    String s = values.get(0).strip();
    if (s.length() > max) {
      throw Open311Error.badRequest(name, "dài quá " + max + " ký tự");
    }
    if (!clean(s)) {
      throw Open311Error.badRequest(name, "chứa ký tự không hợp lệ");
    }
    return Optional.of(s);
  }

  String required(String name, int max) {
    return text(name, max).orElseThrow(() -> Open311Error.badRequest(name, "bắt buộc, không được để trống"));
  }

  /** A decimal degree within ±{@code limit}. */
  Optional<BigDecimal> degrees(String name, int limit) {
    Optional<String> s = text(name, 24);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal value;
    try {
      value = new BigDecimal(s.get());
    } catch (NumberFormatException e) {
      throw Open311Error.badRequest(name, "phải là số thập phân (độ), ví dụ 22.6");
    }
    if (!Location.inRange(value, limit)) {
      throw Open311Error.badRequest(name, "phải trong khoảng -" + limit + " đến " + limit);
    }
    if (value.scale() > 15) {
      throw Open311Error.badRequest(name, "tối đa 15 chữ số thập phân");
    }
    return Optional.of(value.scale() < 0 ? value.setScale(0) : value);
  }

  /** No control characters (but tab and line breaks), no NUL, no lone surrogates: {@link Body#cleanText}. */
  static boolean clean(String s) {
    return Body.cleanText(s);
  }

}
