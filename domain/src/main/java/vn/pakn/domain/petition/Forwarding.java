package vn.pakn.domain.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import vn.pakn.domain.district.UnitId;
import vn.pakn.domain.roster.PersonId;

/**
 * R2 case 1 step 4: the petition sent to a unit with instructions and the deadline for answering the citizen.
 */
public record Forwarding(
    UnitId unit,
    String unitName,
    String instructions,
    LocalDate forwardedOn,
    LocalDate deadline,
    PersonId forwardedBy,
    Instant at) {

  public Forwarding {
    checkNotNull(unit, "unit");
    checkNotNull(unitName, "unitName");
    checkArgument(instructions != null && !instructions.isBlank(), "Nội dung hướng dẫn đơn vị xử lý không được để trống");
    checkArgument(instructions.length() <= 4000, "Nội dung hướng dẫn dài quá 4000 ký tự");
    checkNotNull(forwardedOn, "forwardedOn");
    checkNotNull(deadline, "deadline");
    checkArgument(deadline.isAfter(forwardedOn), "Hạn trả lời phải sau ngày chuyển");
    checkNotNull(forwardedBy, "forwardedBy");
    checkNotNull(at, "at");
  }
}
