package vn.pakn.archtest.broken.application;

import vn.pakn.archtest.broken.adapters.jdbc.JdbcThing;

/** Breaks "the application depends only on the domain": it reaches into an adapter. */
public class UsesAdapter {
  JdbcThing thing;
}
