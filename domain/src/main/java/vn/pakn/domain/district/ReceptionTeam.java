package vn.pakn.domain.district;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The reception team (Tổ tiếp nhận): answers the citizen directly, from a handling account, when
 * the sender cannot be reached (R2 case 2).
 */
public record ReceptionTeam(String name, Representative representative) {

  public ReceptionTeam {
    checkArgument(name != null && !name.isBlank(), "Tổ tiếp nhận chưa có tên");
    checkArgument(representative != null, "Tổ tiếp nhận chưa có đại diện");
  }
}
