package vn.pakn.archtest.broken.adapters.jdbc;

/** An adapter of the broken world. */
public class JdbcThing {}
