package vn.pakn.application.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.pakn.application.port.out.PersonalDataAccessLog;
import vn.pakn.application.port.out.SenderAccess;
import vn.pakn.domain.petition.PetitionId;

/** The personal-data access log in memory. */
public final class InMemoryPersonalDataAccessLog implements PersonalDataAccessLog {

  private final List<SenderAccess> entries = new ArrayList<>();

  @Override
  public synchronized void record(SenderAccess access) {
    entries.add(access);
  }

  @Override
  public synchronized List<SenderAccess> forPetition(PetitionId petition) {
    return entries.stream().filter(e -> e.petition().equals(petition)).collect(Collectors.toList());
  }
}
