package vn.pakn.application.port.in;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.OptionalLong;

/** Checks shared by commands: messages are written {@code "field: reason"} so adapters can name the field. */
final class Commands {

  private Commands() {}

  static String required(String value, String field, int max) {
    checkArgument(value != null && !value.isBlank(), "%s: không được để trống", field);
    String v = value.strip();
    checkArgument(v.length() <= max, "%s: dài quá %s ký tự", field, max);
    return v;
  }

  static String optional(String value, String field, int max) {
    String v = value == null ? "" : value.strip();
    checkArgument(v.length() <= max, "%s: dài quá %s ký tự", field, max);
    return v;
  }

  static OptionalLong version(OptionalLong expectedVersion) {
    OptionalLong v = expectedVersion == null ? OptionalLong.empty() : expectedVersion;
    v.ifPresent(x -> checkArgument(x >= 1, "version: phiên bản không hợp lệ"));
    return v;
  }
}
