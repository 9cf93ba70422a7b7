package vn.pakn.application.fake;

import java.util.concurrent.atomic.AtomicLong;
import vn.pakn.application.port.out.IdGenerator;

/** Ids "t-1", "t-2", … in order, so tests can name them. */
public final class SequentialIdGenerator implements IdGenerator {

  private final AtomicLong next = new AtomicLong(1);

  @Override
  public String newId() {
    return "t-" + next.getAndIncrement();
  }
}
