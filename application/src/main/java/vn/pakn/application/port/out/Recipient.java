package vn.pakn.application.port.out;

import static com.google.common.base.Preconditions.checkArgument;

import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.roster.PersonId;

/**
 * Who a notification is for: a roster person, a unit's handling accounts, a unit's representative,
 * or the reception team. Written as {@code person:<id>}, {@code unit:<id>}, {@code unit-rep:<id>}, {@code reception}.
 */
public record Recipient(String key) {

  public Recipient {
    checkArgument(key != null && key.matches("(person|unit|unit-rep):[a-z0-9._-]+|reception"), "recipient %s", key);
  }

  public static Recipient person(PersonId id) {
    return new Recipient("person:" + id.value());
  }

  public static Recipient unit(UnitId id) {
    return new Recipient("unit:" + id.value());
  }

  public static Recipient unitRepresentative(UnitId id) {
    return new Recipient("unit-rep:" + id.value());
  }

  public static Recipient reception() {
    return new Recipient("reception");
  }
}
