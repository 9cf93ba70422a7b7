package vn.pakn.bootstrap.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The hexagon's rules (docs/style.md), written for any root package so that a test can also run them
 * against deliberately broken classes and watch each one fail.
 */
final class ArchitectureRules {

  /** The JDK packages pure code may use: no I/O, no network, no SQL, no files. */
  private static final String[] CORE_JDK = {"java.lang..", "java.util..", "java.time..", "java.text..", "java.math.."};

  private ArchitectureRules() {}

  private static String[] with(String[] base, String... more) {
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  /** The domain depends only on itself, the JDK's core, Guava, Immutables and, by name, Time4J. */
  static ArchRule domainIsPure(String root) {
    return classes().that().resideInAPackage(root + ".domain..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            with(CORE_JDK, root + ".domain..", "com.google.common..", "org.immutables..", "net.time4j.."))
        .as("the domain depends only on itself, the JDK's core, Guava, Immutables and Time4J");
  }

  /** The application depends only on itself, the domain, the JDK's core and streams, Guava and Immutables. */
  static ArchRule applicationDependsOnlyOnDomain(String root) {
    return classes().that().resideInAPackage(root + ".application..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            with(CORE_JDK, root + ".application..", root + ".domain..", "java.io..", "java.nio.charset..",
                "com.google.common..", "org.immutables.."))
        .as("the application depends only on itself, the domain, the JDK's core and streams, Guava and Immutables");
  }

  /** One adapter never uses another; bootstrap wires them. */
  static ArchRule adaptersAreIndependent(String root) {
    return slices().matching(root + ".adapters.(*)..").should().notDependOnEachOther()
        .as("adapters do not depend on each other");
  }

  static ArchRule nothingDependsOnBootstrap(String root) {
    return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
        .and().resideInAPackage(root + "..")
        .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
        .as("nothing outside bootstrap depends on bootstrap");
  }

  static ArchRule adaptersUsePortsNotServices(String root) {
    return noClasses().that().resideInAPackage(root + ".adapters..")
        .should().dependOnClassesThat().resideInAPackage(root + ".application.service..")
        .as("adapters reach the application through its ports, never its services");
  }

  static ArchRule generalCodingRules() {
    return CompositeArchRule.of(GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING)
        .and(GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS)
        .and(GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS)
        .as("no java.util.logging, no generic exceptions, no standard streams");
  }
}
