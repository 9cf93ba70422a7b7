package vn.pakn.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.pakn.application.port.in.Problem;

class ProblemStatusTest {

  @Test
  void givenEveryProblemKind_whenMapped_thenA4xxStatusAndADistinctCode() {
    assertThat(Arrays.stream(Problem.Kind.values()).mapToInt(ProblemStatus::of)).allMatch(s -> s >= 400 && s < 500);
    assertThat(Arrays.stream(Problem.Kind.values()).map(ProblemStatus::code).distinct())
        .hasSize(Problem.Kind.values().length);
    assertThat(ProblemStatus.of(Problem.Kind.CONFLICT)).isEqualTo(409);
    assertThat(ProblemStatus.of(Problem.Kind.FORBIDDEN)).isEqualTo(403);
    assertThat(ProblemStatus.of(Problem.Kind.INVALID)).isEqualTo(400);
  }
}
