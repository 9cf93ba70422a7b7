package vn.pakn.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.application.contract.ContractPetitions.answered;
import static vn.pakn.application.contract.ContractPetitions.forwarded;
import static vn.pakn.application.contract.ContractPetitions.guided;
import static vn.pakn.application.contract.ContractPetitions.morning;
import static vn.pakn.application.contract.ContractPetitions.power;
import static vn.pakn.application.contract.ContractPetitions.received;
import static vn.pakn.application.contract.ContractPetitions.unplaced;
import static vn.pakn.application.contract.ContractPetitions.unreachable;
import static vn.pakn.application.contract.ContractPetitions.weekdays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.pakn.application.port.out.PetitionRepository;
import vn.pakn.application.port.out.ReportQuery;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.report.Outcome;
import vn.pakn.domain.report.PeriodReport;
import vn.pakn.domain.report.PetitionFacts;
import vn.pakn.domain.report.ReportCalculator;
import vn.pakn.domain.report.ReportPeriod;

/** What every {@link ReportQuery} must compute: exactly the domain's reference figures on the same petitions. */
public abstract class AbstractReportQueryContractTest {

  /** An empty petition store and the report query over it. */
  protected abstract Stores stores();

  /** The store the report reads, and the report. */
  public record Stores(PetitionRepository petitions, ReportQuery reports) {}

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2020, month, day);
  }

  private static List<Petition> quarterOfWork() {
    List<Petition> all = new ArrayList<>();
    UnitId[] units = {DistrictFixtures.COMMUNE, DistrictFixtures.OTHER_COMMUNE, DistrictFixtures.POWER_COMPANY};
    for (int i = 0; i < 24; i++) {
      LocalDate in = d(1, 2).plusDays(i * 4L);
      LocalDate out = in.plusDays(i % 3);
      LocalDate deadline = out.plusDays(10 + i % 5);
      UnitId unit = units[i % 3];
      String id = "q-" + i;
      switch (i % 6) {
        case 0 -> all.add(power(id, morning(in, i)));
        case 1 -> all.add(forwarded(id, morning(in, i), unit, morning(out, 3600), deadline));
        case 2 -> all.add(answered(id, morning(in, i), unit, morning(out, 3600), deadline,
            morning(deadline.plusDays(i % 5 - 2), 0)));
        case 3 -> all.add(unreachable(id, morning(in, i)));
        case 4 -> all.add(guided(id, morning(in, i)));
        default -> all.add(i % 4 == 1 ? unplaced(id, morning(in, i))
            : received(id, "Trạm y tế thiếu thuốc", "Trạm y tế xã thiếu thuốc men", DistrictFixtures.HEALTH,
                DistrictFixtures.SOCIAL, morning(in, i)));
      }
    }
    // received in December, forwarded in January: counted as forwarded in January only
    all.add(answered("dec", morning(LocalDate.of(2019, 12, 30), 0), DistrictFixtures.COMMUNE,
        morning(d(1, 3), 0), d(1, 17), morning(d(1, 20), 0)));
    return all;
  }

  private PeriodReport expected(List<Petition> petitions, ReportPeriod period, LocalDate asOf) {
    return new ReportCalculator(weekdays()).compute(period,
        petitions.stream().map(PetitionFacts::of).collect(Collectors.toList()), asOf);
  }

  @Test
  void givenAQuarterOfWork_whenReportingEachMonthQuarterAndYear_thenFiguresEqualTheReferenceCalculator() {
    Stores stores = stores();
    List<Petition> petitions = quarterOfWork();
    petitions.forEach(stores.petitions()::add);

    for (ReportPeriod period : List.of(ReportPeriod.month(2020, 1), ReportPeriod.month(2020, 2),
        ReportPeriod.month(2020, 3), ReportPeriod.quarter(2020, 1), ReportPeriod.quarter(2020, 2),
        ReportPeriod.year(2020), ReportPeriod.year(2019))) {
      for (LocalDate asOf : List.of(d(2, 10), d(4, 15), LocalDate.of(2021, 1, 5))) {
        assertThat(stores.reports().report(period, asOf, weekdays()))
            .as("%s as of %s", period.label(), asOf)
            .isEqualTo(expected(petitions, period, asOf));
      }
    }
  }

  @Test
  void givenAQuarterOfWork_whenReportingTheQuarter_thenEveryKindOfFigureIsPresent() {
    Stores stores = stores();
    quarterOfWork().forEach(stores.petitions()::add);

    PeriodReport q1 = stores.reports().report(ReportPeriod.quarter(2020, 1), d(4, 15), weekdays());

    assertThat(q1.received()).isEqualTo(23);
    assertThat(q1.byOutcome()).containsKeys(Outcome.IN_TRIAGE, Outcome.FORWARDED_PENDING, Outcome.ANSWERED,
        Outcome.RECEPTION, Outcome.GUIDED);
    assertThat(q1.bySector()).containsKey(PeriodReport.UNPLACED);
    assertThat(q1.byUnit()).containsKeys("ubnd-xa-hong-viet", "ubnd-xa-binh-long", "dien-luc-hoa-an");
    assertThat(q1.answeredOnTime() + q1.answeredLate()).isPositive();
    assertThat(q1.answeredLate()).isPositive();
    assertThat(q1.overdue()).isPositive();
    assertThat(q1.avgWorkingDaysToForward()).isPresent();
    assertThat(q1.avgWorkingDaysToAnswer()).isPresent();
  }

  @Test
  void givenNoPetitions_whenReporting_thenEverythingIsZeroAndAveragesAreAbsent() {
    Stores stores = stores();

    PeriodReport empty = stores.reports().report(ReportPeriod.year(2020), d(6, 1), weekdays());

    assertThat(empty).isEqualTo(expected(List.of(), ReportPeriod.year(2020), d(6, 1)));
    assertThat(empty.received()).isZero();
    assertThat(empty.avgWorkingDaysToAnswer()).isEmpty();
  }
}
