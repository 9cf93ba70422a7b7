package vn.pakn.application.port.out;

import java.util.function.Supplier;

/** Runs the writes of one use case so that they commit together or not at all. */
@FunctionalInterface
public interface TransactionRunner {

  /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
  <T> T inTransaction(Supplier<T> work);
}
