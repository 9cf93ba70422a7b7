package vn.pakn.application.port.in;

import java.util.function.Function;

/** What a use case returns: the result, or the {@link Problem} that stopped it. Never an exception for the expected. */
public sealed interface Outcome<T> permits Outcome.Success, Outcome.Failure {

  record Success<T>(T value) implements Outcome<T> {}

  record Failure<T>(Problem problem) implements Outcome<T> {}

  static <T> Outcome<T> success(T value) {
    return new Success<>(value);
  }

  static <T> Outcome<T> failure(Problem problem) {
    return new Failure<>(problem);
  }

  default boolean succeeded() {
    return this instanceof Success;
  }

  /** The value; for tests and callers that checked {@link #succeeded()}. */
  default T orElseThrow() {
    if (this instanceof Success<T> s) {
      return s.value();
    }
    throw new IllegalStateException(((Failure<T>) this).problem().toString());
  }

  default <U> Outcome<U> map(Function<T, U> f) {
    if (this instanceof Success<T> s) {
      return success(f.apply(s.value()));
    }
    return failure(((Failure<T>) this).problem());
  }

  /** The problem, for failures. */
  default Problem problem() {
    if (this instanceof Failure<T> f) {
      return f.problem();
    }
    throw new IllegalStateException("Outcome succeeded");
  }
}
