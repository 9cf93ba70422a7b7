package vn.pakn.archtest.broken.adapters.http;

import vn.pakn.archtest.broken.application.service.SomeService;

/** Breaks "adapters use ports, not services". */
public class UsesService {
  SomeService service;
}
