package vn.pakn.domain.roster;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** A person of the working group's roster. */
@Value.Immutable
public abstract class Person {

  public abstract PersonId id();

  /** Full name with diacritics, e.g. "Sầm Ngọc Đoàn". */
  public abstract String fullName();

  /** "Ông" or "Bà", as the seed addresses them; empty when unknown. */
  public abstract Optional<String> honorific();

  /** Official position, e.g. "Chánh Thanh tra huyện". */
  public abstract String position();

  public abstract Role role();

  /** The seed's section that assigns this person, e.g. "3.2.1". */
  public abstract Optional<String> section();

  public abstract Set<Duty> duties();

  public abstract Optional<String> phone();

  public abstract Optional<String> email();

  public boolean holds(Duty duty) {
    return duties().contains(duty);
  }

  /** "Ông Sầm Ngọc Đoàn, Chánh Thanh tra huyện". */
  public String addressedAs() {
    return honorific().map(h -> h + " ").orElse("") + fullName() + ", " + position();
  }

  @Value.Check
  protected void check() {
    com.google.common.base.Preconditions.checkArgument(!fullName().isBlank(), "Người %s chưa có họ tên", id());
    com.google.common.base.Preconditions.checkArgument(!position().isBlank(), "Người %s chưa có chức vụ", id());
  }

  public static Builder builder() {
    return new Builder();
  }

  public static class Builder extends ImmutablePerson.Builder {}
}
