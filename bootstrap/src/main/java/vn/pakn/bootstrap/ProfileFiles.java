package vn.pakn.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import vn.pakn.adapters.http.ProfileDocuments;
import vn.pakn.adapters.jdbc.ProfileCodec;
import vn.pakn.adapters.profile.DistrictProfileReader;
import vn.pakn.adapters.profile.DistrictProfileWriter;
import vn.pakn.adapters.profile.ProfileException;
import vn.pakn.domain.district.DistrictProfile;

/** The profile file format (adapters-profile) for the database, which stores it, and the pages, which exchange it. */
final class ProfileFiles implements ProfileDocuments, ProfileCodec {

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

  @Override
  public String encode(DistrictProfile profile) {
    return write(profile);
  }

  @Override
  public DistrictProfile decode(String document) {
    return DistrictProfileReader.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
  }
}
