package vn.pakn.application.fake;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import vn.pakn.application.port.out.TransactionRunner;

/** Runs the work directly, counting transactions so tests can see one use case is one transaction. */
public final class DirectTransactionRunner implements TransactionRunner {

  private final AtomicInteger count = new AtomicInteger();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    count.incrementAndGet();
    return work.get();
  }

  public int transactions() {
    return count.get();
  }
}
