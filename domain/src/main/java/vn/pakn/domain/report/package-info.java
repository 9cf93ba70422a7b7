/** Reports (R6): monthly, quarterly and yearly figures on the group's work. */
package vn.pakn.domain.report;
