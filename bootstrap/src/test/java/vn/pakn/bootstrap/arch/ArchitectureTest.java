package vn.pakn.bootstrap.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon holds on the production classes of every module. */
class ArchitectureTest {

  private static final String ROOT = "vn.pakn";
  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    // Sibling modules arrive as folders or jars depending on the build phase; their test-jars are left out.
    ImportOption productionOnly = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");
    production = new ClassFileImporter().withImportOption(productionOnly).importPackages(ROOT);
  }

  @Test
  void domainIsPure() {
    ArchitectureRules.domainIsPure(ROOT).check(production);
  }

  @Test
  void applicationDependsOnlyOnDomain() {
    ArchitectureRules.applicationDependsOnlyOnDomain(ROOT).check(production);
  }

  @Test
  void adaptersAreIndependent() {
    ArchitectureRules.adaptersAreIndependent(ROOT).check(production);
  }

  @Test
  void nothingDependsOnBootstrap() {
    ArchitectureRules.nothingDependsOnBootstrap(ROOT).check(production);
  }

  @Test
  void adaptersUsePortsNotServices() {
    ArchitectureRules.adaptersUsePortsNotServices(ROOT).check(production);
  }

  @Test
  void generalCodingRules() {
    ArchitectureRules.generalCodingRules().check(production);
  }
}
