package vn.pakn.adapters.http.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.pakn.domain.district.DistrictProfile;
import vn.pakn.domain.escalation.ForwardingDocument;
import vn.pakn.domain.escalation.Signature;
import vn.pakn.domain.petition.Petition;

/**
 * The forwarding document as a .docx in the layout of Nghị định 30/2020/NĐ-CP: issuing body and number on the
 * left, Quốc hiệu and Tiêu ngữ on the right, place and date, the "V/v" subject, the body, then "Nơi nhận" and
 * the signer's capacity and name. Times New Roman 13–14 pt, A4 margins 20/15/30/20 mm.
 */
final class ForwardingDocx {

  static final String QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  static final String TIEU_NGU = "Độc lập - Tự do - Hạnh phúc";
  private static final String FONT = "Times New Roman";

  private ForwardingDocx() {}

  static byte[] write(DistrictProfile profile, Petition petition, ForwardingDocument doc) {
    try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      margins(d);
      XWPFTable head = d.createTable(1, 2);
      noBorders(head);
      XWPFTableCell left = head.getRow(0).getCell(0);
      XWPFTableCell right = head.getRow(0).getCell(1);
      width(head, 0, 3800);
      width(head, 1, 5700);
      line(first(left), profile.issuingBody().toUpperCase(Locale.ROOT), 13, false, false, ParagraphAlignment.CENTER);
      line(left.addParagraph(), profile.roster().groupName().toUpperCase(Locale.ROOT), 13, true, false,
          ParagraphAlignment.CENTER);
      line(left.addParagraph(), "Số:       /" + profile.documentSymbol(), 13, false, false, ParagraphAlignment.CENTER);
      line(left.addParagraph(), "V/v " + doc.subject(), 12, false, false, ParagraphAlignment.CENTER);
      line(first(right), QUOC_HIEU, 13, true, false, ParagraphAlignment.CENTER);
      line(right.addParagraph(), TIEU_NGU, 14, true, false, ParagraphAlignment.CENTER);
      line(right.addParagraph(), "", 13, false, false, ParagraphAlignment.CENTER);
      Instant dated = doc.signature().map(Signature::signedAt).orElse(doc.draftedAt());
      LocalDate day = dated.atZone(Fmt.ZONE).toLocalDate();
      line(right.addParagraph(), String.format(Locale.ROOT, "%s, ngày %02d tháng %02d năm %d", profile.districtName(),
          day.getDayOfMonth(), day.getMonthValue(), day.getYear()), 14, false, true, ParagraphAlignment.RIGHT);
      if (doc.signature().isEmpty()) {
        line(d.createParagraph(), "DỰ THẢO", 13, true, false, ParagraphAlignment.LEFT);
      }
      line(d.createParagraph(), "", 14, false, false, ParagraphAlignment.LEFT);
      for (String para : doc.body().split("\\R+")) {
        XWPFParagraph p = d.createParagraph();
        p.setFirstLineIndent(567);
        p.setSpacingAfter(120);
        line(p, para.strip(), 14, false, false, ParagraphAlignment.BOTH);
      }
      XWPFParagraph ref = d.createParagraph();
      ref.setFirstLineIndent(567);
      line(ref, "(Phản ánh, kiến nghị số " + petition.id().value() + ": " + petition.title() + ")", 14, false, true,
          ParagraphAlignment.BOTH);
      line(d.createParagraph(), "", 14, false, false, ParagraphAlignment.LEFT);
      XWPFTable foot = d.createTable(1, 2);
      noBorders(foot);
      width(foot, 0, 4750);
      width(foot, 1, 4750);
      XWPFTableCell to = foot.getRow(0).getCell(0);
      XWPFTableCell sign = foot.getRow(0).getCell(1);
      line(first(to), "Nơi nhận:", 12, true, true, ParagraphAlignment.LEFT);
      List<String> recipients = doc.recipients().isEmpty() ? List.of("Như trên;", "Lưu: VT.") : doc.recipients();
      for (String r : recipients) {
        line(to.addParagraph(), "- " + r, 11, false, false, ParagraphAlignment.LEFT);
      }
      String capacity = doc.signature().map(Signature::capacity).orElse("TỔ TRƯỞNG");
      boolean firstLine = true;
      for (String c : capacity.split("\n")) {
        line(firstLine ? first(sign) : sign.addParagraph(), c, 13, true, false, ParagraphAlignment.CENTER);
        firstLine = false;
      }
      for (int i = 0; i < 3; i++) {
        line(sign.addParagraph(), "", 13, false, false, ParagraphAlignment.CENTER);
      }
      String name = doc.signature().map(Signature::signerName)
          .orElse(profile.roster().leader().fullName());
      line(sign.addParagraph(), name, 14, true, false, ParagraphAlignment.CENTER);
      d.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static XWPFParagraph first(XWPFTableCell cell) {
    return cell.getParagraphs().get(0);
  }

  private static void line(XWPFParagraph p, String text, int size, boolean bold, boolean italic,
      ParagraphAlignment align) {
    p.setAlignment(align);
    p.setSpacingAfter(0);
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(size);
    r.setBold(bold);
    r.setItalic(italic);
    r.setText(text);
  }

  private static void noBorders(XWPFTable t) {
    t.removeBorders();
  }

  private static void width(XWPFTable t, int column, int twips) {
    t.getRow(0).getCell(column).setWidth(String.valueOf(twips));
  }

  private static void margins(XWPFDocument d) {
    CTSectPr sect = d.getDocument().getBody().isSetSectPr() ? d.getDocument().getBody().getSectPr()
        : d.getDocument().getBody().addNewSectPr();
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(1134));
    mar.setBottom(BigInteger.valueOf(1134));
    mar.setLeft(BigInteger.valueOf(1701));
    mar.setRight(BigInteger.valueOf(850));
  }
}
