package vn.pakn.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.pakn.domain.routing.PetitionText;

/**
 * The dev-set petitions ({@code shared/data/petitions-dev.jsonl} beside the checkout, found by walking up from
 * the working directory; {@code PAKN_DEV_SET} names another file).
 */
public final class DevSet {

  static final String RELATIVE = "shared/data/petitions-dev.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One line: the text to route and the intake body the JSON API takes for it. */
  public record Entry(PetitionText text, Map<String, Object> intakeBody) {}

  private DevSet() {}

  public static Path locate() {
    String explicit = System.getenv("PAKN_DEV_SET");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(RELATIVE);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("dev set not found: no " + RELATIVE + " above " + Path.of("").toAbsolutePath()
        + " (set PAKN_DEV_SET)");
  }

  public static List<Entry> load() {
    return load(locate());
  }

  public static List<Entry> load(Path file) {
    List<Entry> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        String title = text(n, "title").orElse("");
        String content = text(n, "content").orElse("");
        Optional<String> hint = text(n, "sector_hint");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("content", content);
        hint.ifPresent(h -> body.put("sectorHint", h));
        JsonNode s = n.path("sender");
        if (s.isObject()) {
          Map<String, Object> sender = new LinkedHashMap<>();
          for (String f : List.of("name", "phone", "email", "address")) {
            text(s, f).ifPresent(v -> sender.put(f, v));
          }
          if (!sender.isEmpty()) {
            body.put("sender", sender);
          }
        }
        out.add(new Entry(new PetitionText(title, content, hint), body));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("empty dev set: " + file);
    }
    return out;
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText());
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
