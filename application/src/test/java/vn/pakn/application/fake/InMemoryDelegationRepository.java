package vn.pakn.application.fake;

import java.util.ArrayList;
import java.util.List;
import vn.pakn.application.port.out.DelegationRepository;
import vn.pakn.domain.roster.Delegation;

/** Delegations in memory. */
public final class InMemoryDelegationRepository implements DelegationRepository {

  private final List<Delegation> delegations = new ArrayList<>();

  @Override
  public synchronized void add(Delegation delegation) {
    delegations.add(delegation);
  }

  @Override
  public synchronized boolean remove(Delegation delegation) {
    return delegations.remove(delegation);
  }

  @Override
  public synchronized List<Delegation> all() {
    return List.copyOf(delegations);
  }
}
