/** Escalation (R3): complex petitions, opinions from the leader or deputy, the signed forwarding document. */
package vn.pakn.domain.escalation;
