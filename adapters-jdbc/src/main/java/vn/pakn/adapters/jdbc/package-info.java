/**
 * Every persistence out-port on plain JDBC (prepared statements only), HikariCP and Flyway; the same SQL
 * runs on an embedded H2 file and on PostgreSQL. Start with {@link vn.pakn.adapters.jdbc.Database#open}.
 */
package vn.pakn.adapters.jdbc;
