package vn.pakn.archtest.broken.application.service;

/** A service of the broken world. */
public class SomeService {}
