package vn.pakn.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import vn.pakn.application.port.out.ProfileRepository;
import vn.pakn.domain.deadline.DeadlinePolicy;
import vn.pakn.domain.deadline.ReminderPolicy;
import vn.pakn.domain.deadline.WorkingCalendar;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.escalation.ComplexityRules;
import vn.pakn.domain.petition.Moment;
import vn.pakn.domain.roster.Roster;
import vn.pakn.domain.routing.Router;

/**
 * The district as the services see it: the profile in force and the rules built from it (router,
 * calendar, deadline and reminder policies), rebuilt only when the profile changes; and the clock.
 */
public final class District {

  /** The rules built from one profile. */
  public record Rules(DistrictProfile profile, Router router, WorkingCalendar calendar, DeadlinePolicy deadlines,
      ReminderPolicy reminders, ComplexityRules complexity) {

    public Roster roster() {
      return profile.roster();
    }
  }

  private final ProfileRepository profiles;
  private final Clock clock;
  private volatile Rules rules;

  public District(ProfileRepository profiles, Clock clock) {
    this.profiles = profiles;
    this.clock = clock;
  }

  public Rules rules() {
    DistrictProfile current = profiles.current();
    Rules cached = rules;
    if (cached == null || cached.profile() != current) {
      WorkingCalendar calendar = WorkingCalendar.of(current.calendarAdjustments());
      cached = new Rules(current, Router.of(current.roster()), calendar,
          DeadlinePolicy.of(current.deadlineRules(), calendar),
          ReminderPolicy.of(current.roster(), current.deadlineRules(), calendar),
          ComplexityRules.defaults());
      rules = cached;
    }
    return cached;
  }

  /** Now, and the local day in the district (the clock's zone). */
  public Moment now() {
    Instant at = clock.instant();
    return new Moment(at, LocalDate.ofInstant(at, clock.getZone()));
  }

  public LocalDate today() {
    return now().day();
  }
}
