/** Verification (R2): contact completeness, the fixed notes of cases 1 and 2, evidence, complaint guidance. */
package vn.pakn.domain.verification;
