package vn.pakn.adapters.jdbc;

import vn.pakn.domain.district.DistrictProfile;

/** Turns the district profile into a document and back; bootstrap supplies the profile adapter's format. */
public interface ProfileCodec {

  String encode(DistrictProfile profile);

  DistrictProfile decode(String document);
}
