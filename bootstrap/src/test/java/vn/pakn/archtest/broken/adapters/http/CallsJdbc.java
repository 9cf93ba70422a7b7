package vn.pakn.archtest.broken.adapters.http;

import vn.pakn.archtest.broken.adapters.jdbc.JdbcThing;

/** Breaks "adapters are independent": the HTTP adapter uses the JDBC adapter. */
public class CallsJdbc {
  JdbcThing thing;
}
