package vn.pakn.adapters.http;

import java.io.InputStream;
import vn.pakn.domain.district.DistrictProfile;

/**
 * The district profile file format (docs/profile.md), as the administration page downloads and uploads it;
 * bootstrap supplies the profile adapter's reader and writer.
 */
public interface ProfileDocuments {

  /**
   * Reads a profile file.
   *
   * @throws IllegalArgumentException with a message {@code "<json path>: <reason>"} when the file is not a valid profile
   */
  DistrictProfile read(InputStream document);

  String write(DistrictProfile profile);
}
