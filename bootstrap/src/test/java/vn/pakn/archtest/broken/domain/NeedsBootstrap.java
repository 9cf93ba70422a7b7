package vn.pakn.archtest.broken.domain;

import vn.pakn.archtest.broken.bootstrap.Main;

/** Breaks "nothing depends on bootstrap". */
public class NeedsBootstrap {
  Main main;
}
