/** Who acts (R7): the roles of triage and handling accounts, and the actor of every step. */
package vn.pakn.domain.access;
