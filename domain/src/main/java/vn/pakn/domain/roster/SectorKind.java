package vn.pakn.domain.roster;

/**
 * What a sector is about. Complaints, denunciations and corruption reports (khiếu nại, tố cáo,
 * tham ô, tham nhũng) are not forwarded for handling: the member guides the citizen (R2 case 3).
 */
public enum SectorKind {
  ORDINARY("Phản ánh, kiến nghị"),
  COMPLAINT("Khiếu nại"),
  DENUNCIATION("Tố cáo"),
  CORRUPTION("Phòng, chống tham nhũng");

  private final String label;

  SectorKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Complaint, denunciation or corruption report: handled by guidance (R2 case 3), not forwarding. */
  public boolean isComplaintLike() {
    return this != ORDINARY;
  }
}
