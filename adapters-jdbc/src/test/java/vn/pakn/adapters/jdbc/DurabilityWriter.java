package vn.pakn.adapters.jdbc;

import static vn.pakn.application.contract.ContractPetitions.forwarded;
import static vn.pakn.application.contract.ContractPetitions.morning;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.petition.Petition;

/**
 * The child JVM of the kill -9 test: writes petitions one transaction at a time and prints {@code ACK <id>}
 * after each commit returns, until it is killed.
 */
public final class DurabilityWriter {

  private DurabilityWriter() {}

  static Petition petition(int n) {
    LocalDate day = LocalDate.of(2020, 1, 9).plusDays(n % 300);
    return forwarded("d-" + n, morning(day, n), DistrictFixtures.COMMUNE, morning(day, n + 3600), day.plusDays(15));
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    try (Database db = Database.open(args[0], null, null, 2)) {
      JdbcPetitionRepository repo = new JdbcPetitionRepository(db.transactions());
      out.println("READY");
      for (int n = 0; n < 1_000_000; n++) {
        repo.add(petition(n));
        out.println("ACK d-" + n);
      }
    }
  }
}
