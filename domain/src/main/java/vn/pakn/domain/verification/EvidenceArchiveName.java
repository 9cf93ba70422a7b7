package vn.pakn.domain.verification;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.pakn.domain.text.VietnameseText;

/**
 * R2 case 1, step 2: the verification material is zipped as {@code dd.mm.yyyy_tulieuxacminh.<officer>.zip},
 * the officer's full name without diacritics, lower case, no spaces ("Sầm Ngọc Đoàn" → {@code samngocdoan}).
 */
public final class EvidenceArchiveName {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private EvidenceArchiveName() {}

  public static String of(LocalDate day, String officerFullName) {
    String officer = VietnameseText.slug(officerFullName);
    checkArgument(!officer.isEmpty(), "Tên cán bộ rỗng");
    return DAY.format(day) + "_tulieuxacminh." + officer + ".zip";
  }
}
