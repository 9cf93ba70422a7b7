package vn.pakn.application.query;

import java.util.List;
import java.util.Optional;

/** One page of results and the cursor of the next page, if any. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

  public Page {
    items = List.copyOf(items);
    nextCursor = nextCursor == null ? Optional.empty() : nextCursor;
  }
}
