package vn.pakn.archtest.broken.bootstrap;

/** The broken world's bootstrap. */
public class Main {}
