package vn.pakn.application.port.out;

import java.util.List;
import vn.pakn.domain.roster.Delegation;

/** Stores the leader's delegations to the deputy. */
public interface DelegationRepository {

  void add(Delegation delegation);

  /** Removes an equal delegation; returns whether there was one. */
  boolean remove(Delegation delegation);

  List<Delegation> all();
}
