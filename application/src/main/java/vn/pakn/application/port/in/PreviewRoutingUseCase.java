package vn.pakn.application.port.in;

import vn.pakn.domain.routing.PetitionText;
import vn.pakn.domain.routing.RoutingDecision;

/** R1 without storing anything: where would this petition go, and why. */
public interface PreviewRoutingUseCase {

  RoutingDecision preview(PetitionText text);
}
