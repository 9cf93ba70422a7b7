package vn.pakn.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.pakn.application.port.out.PersonalDataAccessLog;
import vn.pakn.application.port.out.SenderAccess;
import vn.pakn.domain.petition.PetitionId;

/** What every {@link PersonalDataAccessLog} must do. */
public abstract class AbstractPersonalDataAccessLogContractTest {

  private static final Instant T = Instant.parse("2020-01-09T02:00:00.000000001Z");

  /** An empty log. */
  protected abstract PersonalDataAccessLog log();

  @Test
  void givenReadsOfSeveralPetitions_whenAskingForOne_thenItsReadersOldestFirst() {
    PersonalDataAccessLog log = log();
    PetitionId p1 = PetitionId.of("p-1");
    SenderAccess first = new SenderAccess("acc-1", "Lâm Ngọc Biên", p1, T, "gọi điện xác minh");
    SenderAccess other = new SenderAccess("acc-2", "Vi La Linh", PetitionId.of("p-2"), T.plusSeconds(1), "");
    SenderAccess second = new SenderAccess("acc-3", "Hoàng Thị Hồng Vân", p1, T.plusSeconds(2), "giám sát");
    log.record(first);
    log.record(other);
    log.record(second);

    assertThat(log.forPetition(p1)).containsExactly(first, second);
    assertThat(log.forPetition(PetitionId.of("p-3"))).isEmpty();
  }
}
