package vn.pakn.application.port.in;

import vn.pakn.domain.access.Actor;
import vn.pakn.domain.district.DistrictProfile;

/**
 * The leader replaces the district profile (roster, sectors, units, deadline rules, calendar). Refused
 * when a person who still has open petitions would leave the roster.
 */
public interface ManageRosterUseCase {

  DistrictProfile current();

  Outcome<DistrictProfile> replace(Actor actor, DistrictProfile profile);
}
