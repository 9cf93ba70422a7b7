/** The inbox's read model: filters, summaries and keyset pages, shared by the list use case and the repository. */
package vn.pakn.application.query;
