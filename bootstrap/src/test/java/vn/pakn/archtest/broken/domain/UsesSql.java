package vn.pakn.archtest.broken.domain;

/** Breaks "the domain is pure": it holds a JDBC connection. */
public class UsesSql {
  java.sql.Connection connection;
}
