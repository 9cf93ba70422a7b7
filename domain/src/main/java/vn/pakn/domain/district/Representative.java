package vn.pakn.domain.district;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/** Who the member tells when a petition is forwarded to a unit (R4). */
public record Representative(String title, Optional<String> name, Optional<String> phone, Optional<String> email) {

  public Representative {
    checkArgument(title != null && !title.isBlank(), "Đại diện đơn vị chưa có chức danh");
    name = name == null ? Optional.empty() : name;
    phone = phone == null ? Optional.empty() : phone;
    email = email == null ? Optional.empty() : email;
  }

  /** "Chủ tịch UBND xã Hồng Việt" or "Ông Nông Văn A, Chủ tịch UBND xã Hồng Việt". */
  public String addressedAs() {
    return name.map(n -> n + ", " + title).orElse(title);
  }
}
