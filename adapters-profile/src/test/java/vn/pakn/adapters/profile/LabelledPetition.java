package vn.pakn.adapters.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import vn.pakn.domain.routing.PetitionText;

/** One line of a labelled petitions file ({@code petitions-dev.jsonl} and the held-out set). */
record LabelledPetition(String id, PetitionText text, String expectedMember, String expectedSector,
    boolean complaintLike) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<LabelledPetition> readAll(Path jsonl) {
    try {
      return Files.readAllLines(jsonl, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank())
          .map(LabelledPetition::parse)
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LabelledPetition parse(String line) {
    try {
      JsonNode node = MAPPER.readTree(line);
      JsonNode hint = node.path("sector_hint");
      return new LabelledPetition(node.path("id").asText(),
          PetitionText.of(node.path("title").asText(), node.path("content").asText(),
              hint.isTextual() ? hint.asText() : null),
          node.path("expected_member").asText(), node.path("expected_sector").asText(),
          node.path("is_complaint_or_denunciation").asBoolean());
    } catch (IOException e) {
      throw new UncheckedIOException("Dòng không đọc được: " + line, e);
    }
  }

  /**
   * The shared dev set: walks up from the working directory until a folder holds
   * {@code shared/data/petitions-dev.jsonl} (the checkout is {@code <x>/main} or
   * {@code <x>/wt-routing}, shared is {@code <x>/shared}).
   */
  static Path locateDevSet() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve("petitions-dev.jsonl");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("Không tìm thấy shared/data/petitions-dev.jsonl trong " + start
        + " hay thư mục cha nào: bộ dữ liệu dùng chung phải nằm cạnh thư mục dự án (<x>/shared bên cạnh <x>/main)");
  }
}
