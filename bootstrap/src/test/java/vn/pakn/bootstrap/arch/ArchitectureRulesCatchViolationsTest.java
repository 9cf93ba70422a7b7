package vn.pakn.bootstrap.arch;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every architecture rule fails on a set of classes that breaks it on purpose (in
 * {@code vn.pakn.archtest.broken}), so none of them can pass by checking nothing.
 */
class ArchitectureRulesCatchViolationsTest {

  private static final String BROKEN = "vn.pakn.archtest.broken";
  private static JavaClasses broken;

  @BeforeAll
  static void importBrokenClasses() {
    broken = new ClassFileImporter().importPackages(BROKEN);
  }

  private static void assertFails(ArchRule rule, String offender) {
    assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> rule.check(broken))
        .withMessageContaining(offender);
  }

  @Test
  void domainRuleCatchesJdbcInTheDomain() {
    assertFails(ArchitectureRules.domainIsPure(BROKEN), "java.sql.Connection");
  }

  @Test
  void applicationRuleCatchesAnAdapterInTheApplication() {
    assertFails(ArchitectureRules.applicationDependsOnlyOnDomain(BROKEN), "UsesAdapter");
  }

  @Test
  void sliceRuleCatchesOneAdapterUsingAnother() {
    assertFails(ArchitectureRules.adaptersAreIndependent(BROKEN), "CallsJdbc");
  }

  @Test
  void bootstrapRuleCatchesADependencyOnBootstrap() {
    assertFails(ArchitectureRules.nothingDependsOnBootstrap(BROKEN), "NeedsBootstrap");
  }

  @Test
  void portsRuleCatchesAnAdapterUsingAService() {
    assertFails(ArchitectureRules.adaptersUsePortsNotServices(BROKEN), "UsesService");
  }

  @Test
  void codingRulesCatchStreamsLoggingAndGenericExceptions() {
    assertFails(ArchitectureRules.generalCodingRules(), "System.out");
    assertFails(ArchitectureRules.generalCodingRules(), "java.util.logging");
    assertFails(ArchitectureRules.generalCodingRules(), "RuntimeException");
  }
}
