package vn.pakn.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The notes must be the seed's, character for character: they are what the provincial system expects. */
class VerificationNotesTest {

  private static final String SEED = "shared/seed/000_1f51fc1021387d90.txt";
  private static final Pattern QUOTED_NOTE = Pattern.compile("“(Thông tin xác minh[^”]*)”");

  @Test
  void givenTheSeed_whenReadingItsCase1Note_thenVerifiedIsThatTextVerbatim() {
    String seed = seed();

    assertThat(seed).contains(VerificationNotes.VERIFIED);
    assertThat(notesQuotedIn(seed).get(0)).isEqualTo(VerificationNotes.VERIFIED);
  }

  @Test
  void givenTheSeed_whenReadingItsCase2Note_thenUnreachableIsThatTextVerbatim() {
    String seed = seed();

    assertThat(seed).contains(VerificationNotes.UNREACHABLE);
    assertThat(notesQuotedIn(seed).get(1)).isEqualTo(VerificationNotes.UNREACHABLE);
  }

  @Test
  void givenTheSeed_whenCountingItsQuotedNotes_thenExactlyTheTwoWeKnow() {
    assertThat(notesQuotedIn(seed())).containsExactly(VerificationNotes.VERIFIED, VerificationNotes.UNREACHABLE);
  }

  private static List<String> notesQuotedIn(String seed) {
    List<String> notes = new ArrayList<>();
    Matcher m = QUOTED_NOTE.matcher(seed);
    while (m.find()) {
      notes.add(m.group(1));
    }
    return notes;
  }

  /** Walks up from the working directory to the folder holding {@code shared/seed}. */
  private static String seed() {
    Path dir = Paths.get("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path candidate = d.resolve(SEED);
      if (Files.isRegularFile(candidate)) {
        try {
          return Files.readString(candidate, StandardCharsets.UTF_8);
        } catch (IOException e) {
          return fail("Cannot read the seed " + candidate + ": " + e);
        }
      }
    }
    return fail("The seed " + SEED + " was not found in " + dir + " or any parent folder;"
        + " the verification notes cannot be checked against it");
  }
}
