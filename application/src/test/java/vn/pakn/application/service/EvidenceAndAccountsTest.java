package vn.pakn.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.pakn.application.service.ServiceTestSupport.ok;
import static vn.pakn.application.service.ServiceTestSupport.receivePowerCut;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pakn.application.fake.InMemoryPakn;
import vn.pakn.application.port.in.AttachEvidenceUseCase.AttachEvidenceCommand;
import vn.pakn.application.port.in.ManageAccountsUseCase.CreateAccountCommand;
import vn.pakn.application.port.in.Problem;
import vn.pakn.application.port.in.ReceivePetitionUseCase.ReceivePetitionCommand;
import vn.pakn.application.port.out.Account;
import vn.pakn.domain.access.Actor;
import vn.pakn.domain.access.ActorRole;
import vn.pakn.domain.fixtures.DistrictFixtures;
import vn.pakn.domain.fixtures.PetitionFixtures;
import vn.pakn.domain.petition.Channel;
import vn.pakn.domain.petition.EvidenceKind;
import vn.pakn.domain.petition.Intake;
import vn.pakn.domain.petition.Petition;
import vn.pakn.domain.report.ReportPeriod;
import vn.pakn.domain.verification.Sender;

/** Evidence limits and types, account management by the leader only, reports for triage accounts. */
class EvidenceAndAccountsTest {

  private final InMemoryPakn app = new InMemoryPakn(DistrictFixtures.profile(), PetitionFixtures.T0, 1024);
  private final Actor member = DistrictFixtures.member(DistrictFixtures.INFRASTRUCTURE);

  private AttachEvidenceCommand file(Petition p, String name, String type, EvidenceKind kind, boolean consent,
      int size) {
    return new AttachEvidenceCommand(p.id(), name, type, kind, consent, consent, new ByteArrayInputStream(new byte[size]));
  }

  @Test
  void givenOversizedFile_whenAttaching_thenTooLargeAndNothingStored() {
    Petition p = receivePowerCut(app, "Mất điện");
    var outcome = app.services.evidence().attach(member, file(p, "dai.mp3", "audio/mpeg", EvidenceKind.RECORDING, true, 2048));
    assertThat(outcome.problem().kind()).isEqualTo(Problem.Kind.TOO_LARGE);
    assertThat(outcome.problem().field()).contains("content");
    assertThat(app.evidence.list(p.id())).isEmpty();
    assertThat(app.petitions.findById(p.id()).orElseThrow().evidence()).isEmpty();
  }

  @Test
  void givenRecordingWithoutConsent_whenAttaching_thenRefusedAndNothingStored() {
    Petition p = receivePowerCut(app, "Mất điện");
    var outcome = app.services.evidence().attach(member, file(p, "goi.mp3", "audio/mpeg", EvidenceKind.RECORDING, false, 10));
    assertThat(outcome.problem().kind()).isEqualTo(Problem.Kind.PRECONDITION);
    assertThat(outcome.problem().message()).contains("xin ý kiến");
    assertThat(app.evidence.list(p.id())).isEmpty();
  }

  @Test
  void givenUnacceptedTypeOrUnsafeName_whenAttaching_thenRefusedNamingTheField() {
    Petition p = receivePowerCut(app, "Mất điện");
    var exe = app.services.evidence().attach(member,
        file(p, "virus.exe", "application/x-msdownload", EvidenceKind.DOCUMENT, false, 10));
    assertThat(exe.problem().field()).contains("contentType");
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> file(p, "../../etc/passwd", "text/plain", EvidenceKind.DOCUMENT, false, 1))
        .withMessageStartingWith("fileName:");
    assertThat(EvidenceService.safeEntryName("..\\..\\evil/../x.txt")).isEqualTo("x.txt");
    assertThat(EvidenceService.safeEntryName("..hidden")).isEqualTo("hidden");
  }

  @Test
  void givenLeader_whenManagingAccounts_thenOnlyTheLeaderMayAndBindingsAreChecked() {
    var unitAccount = new CreateAccountCommand("xahongviet", "UBND xã Hồng Việt", ActorRole.UNIT, Optional.empty(),
        Optional.of(DistrictFixtures.COMMUNE), Optional.of("mat-khau-rat-dai"));
    assertThat(app.services.accounts().create(member, unitAccount).problem().kind()).isEqualTo(Problem.Kind.FORBIDDEN);
    assertThat(app.services.accounts().create(DistrictFixtures.deputy(), unitAccount).problem().kind())
        .isEqualTo(Problem.Kind.FORBIDDEN);
    Account created = ok(app.services.accounts().create(DistrictFixtures.leader(), unitAccount));
    assertThat(app.services.accounts().create(DistrictFixtures.leader(), unitAccount).problem().kind())
        .isEqualTo(Problem.Kind.CONFLICT);

    var wrongRole = new CreateAccountCommand("samngocdoan", "Sầm Ngọc Đoàn", ActorRole.LEADER,
        Optional.of(DistrictFixtures.INSPECTOR), Optional.empty(), Optional.empty());
    Problem problem = app.services.accounts().create(DistrictFixtures.leader(), wrongRole).problem();
    assertThat(problem.field()).contains("role");
    assertThat(problem.message()).contains("Tổ viên");

    assertThat(app.services.accounts().authenticate("xahongviet", "mat-khau-rat-dai")).contains(created);
    assertThat(app.services.accounts().authenticate("xahongviet", "sai-mat-khau")).isEmpty();
    ok(app.services.accounts().setEnabled(DistrictFixtures.leader(), created.id(), false));
    assertThat(app.services.accounts().authenticate("xahongviet", "mat-khau-rat-dai")).isEmpty();
    assertThat(app.services.accounts().actorFor(created.id())).isEmpty();
    assertThat(app.accounts.findById(created.id()).orElseThrow().passwordHash().orElseThrow())
        .doesNotContain("mat-khau-rat-dai");
  }

  @Test
  void givenAnInvitation_whenAccepted_thenThePasswordIsSetOnceAndTheLinkIsSpent() {
    Account member = ok(app.services.accounts().createInitial(new CreateAccountCommand("samngocdoan", "Sầm Ngọc Đoàn",
        ActorRole.MEMBER, Optional.of(DistrictFixtures.INSPECTOR), Optional.empty(), Optional.empty())));
    assertThat(app.services.accounts().invite(this.member, "samngocdoan").problem().kind())
        .isEqualTo(Problem.Kind.FORBIDDEN);

    var invitation = ok(app.services.accounts().invite(DistrictFixtures.leader(), "samngocdoan"));
    assertThat(app.services.accounts().acceptInvitation(invitation.token(), "ngan").problem().field())
        .contains("password");
    ok(app.services.accounts().acceptInvitation(invitation.token(), "mat-khau-cua-doan"));

    assertThat(app.services.accounts().authenticate("samngocdoan", "mat-khau-cua-doan")).map(Account::id)
        .contains(member.id());
    assertThat(app.services.accounts().acceptInvitation(invitation.token(), "mat-khau-khac-nua").problem().kind())
        .isEqualTo(Problem.Kind.NOT_FOUND);
  }

  @Test
  void givenAnOldInvitation_whenAcceptedAfterThreeDays_thenRefused() {
    ok(app.services.accounts().createInitial(new CreateAccountCommand("vilalinh", "Vi La Linh", ActorRole.MEMBER,
        Optional.of(DistrictFixtures.SOCIAL), Optional.empty(), Optional.empty())));
    var invitation = ok(app.services.accounts().invite(DistrictFixtures.leader(), "vilalinh"));

    app.clock.advance(java.time.Duration.ofDays(3).plusMinutes(1));

    assertThat(app.services.accounts().acceptInvitation(invitation.token(), "mat-khau-cua-linh").problem().message())
        .contains("hết hạn");
    assertThat(app.services.accounts().authenticate("vilalinh", "mat-khau-cua-linh")).isEmpty();
  }

  @Test
  void givenPetitions_whenReporting_thenTriageAccountsGetFiguresAndUnitsAreRefused() {
    receivePowerCut(app, "Mất điện 1");
    receivePowerCut(app, "Mất điện 2");
    app.services.intake().receive(new ReceivePetitionCommand(new Intake("Hỏi", "Một việc", Optional.empty(),
        Sender.anonymous(), Channel.OPEN311)));
    var report = ok(app.services.reports().produce(DistrictFixtures.member(DistrictFixtures.SOCIAL),
        ReportPeriod.month(2020, 1)));
    assertThat(report.received()).isEqualTo(3);
    assertThat(report.bySector()).containsEntry("dien", 2L).containsEntry("-", 1L);
    assertThat(report.byMember()).containsEntry("lamngocbien", 2L).containsEntry("hoangthihongvan", 1L);
    assertThat(app.services.reports().produce(DistrictFixtures.unitAccount(DistrictFixtures.COMMUNE),
        ReportPeriod.month(2020, 1)).problem().kind()).isEqualTo(Problem.Kind.FORBIDDEN);
  }

  @Test
  void givenMemberWithOpenPetitions_whenLeaderDropsThemFromTheRoster_thenRefused() {
    receivePowerCut(app, "Mất điện");
    var current = app.services.roster().current();
    var smaller = vn.pakn.domain.district.DistrictProfile.builder().from(current)
        .roster(vn.pakn.domain.roster.Roster.builder().from(current.roster())
            .people(current.roster().people().stream()
                .filter(x -> !x.id().equals(DistrictFixtures.INFRASTRUCTURE)).toList())
            .sectors(current.roster().sectors().stream().map(s -> s.owner().equals(DistrictFixtures.INFRASTRUCTURE)
                ? vn.pakn.domain.roster.Sector.builder().from(s).owner(DistrictFixtures.HOME_AFFAIRS).build() : s)
                .toList())
            .build())
        .build();
    assertThat(app.services.roster().replace(member, smaller).problem().kind()).isEqualTo(Problem.Kind.FORBIDDEN);
    Problem blocked = app.services.roster().replace(DistrictFixtures.leader(), smaller).problem();
    assertThat(blocked.message()).contains("Lâm Ngọc Biên", "1 phản ánh");
    assertThat(app.services.roster().current()).isSameAs(current);
    assertThat(List.of(blocked.kind())).containsExactly(Problem.Kind.PRECONDITION);
  }
}
