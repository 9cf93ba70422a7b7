package vn.pakn.application.port.out;

/** Generates new identifiers. */
@FunctionalInterface
public interface IdGenerator {

  String newId();
}
