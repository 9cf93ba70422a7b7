package vn.pakn.adapters.http;

import java.io.InputStream;
import vn.pakn.adapters.profile.DistrictProfileReader;
import vn.pakn.adapters.profile.DistrictProfileWriter;
import vn.pakn.adapters.profile.ProfileException;
import vn.pakn.domain.district.DistrictProfile;

/** The real profile file format, for the test server (bootstrap wires the same reader and writer). */
final class TestProfileDocuments implements ProfileDocuments {

  @Override
  public DistrictProfile read(InputStream document) {
    try {
      return DistrictProfileReader.read(document);
    } catch (ProfileException e) {
      throw new IllegalArgumentException("file: " + e.getMessage(), e);
    }
  }

  @Override
  public String write(DistrictProfile profile) {
    return DistrictProfileWriter.write(profile);
  }
}
