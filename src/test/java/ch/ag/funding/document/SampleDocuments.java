package ch.ag.funding.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small real documents of each type, and hostile look-alikes, made in memory. */
final class SampleDocuments {

  static final String WORD_CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
      + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd"
      + ".openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  static final String EXCEL_CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
      + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd"
      + ".openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
  private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006"
      + "/relationships/officeDocument\" Target=\"%s\"/></Relationships>";

  private SampleDocuments() {}

  /** A minimal but complete PDF 1.4: one empty A4 page, with its cross-reference table. */
  static byte[] pdf() {
    String[] objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\n")
        .append("startxref\n").append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A PDF padded with a comment to exactly the given size. */
  static byte[] pdfOfSize(int size) {
    byte[] head = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\n" + new String(pdf(), StandardCharsets.US_ASCII).substring(9))
        .getBytes(StandardCharsets.US_ASCII);
    byte[] pdf = new byte[size];
    Arrays.fill(pdf, (byte) 'x');
    System.arraycopy(head, 0, pdf, 0, head.length);
    System.arraycopy(tail, 0, pdf, size - tail.length, tail.length);
    return pdf;
  }

  static byte[] png() {
    return image("png");
  }

  static byte[] jpeg() {
    return image("jpeg");
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 1, 0x336699);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, bytes)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] docx() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("[Content_Types].xml", WORD_CONTENT_TYPES);
    entries.put("_rels/.rels", String.format(RELS, "word/document.xml"));
    entries.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:body><w:p><w:r><w:t>Budget</w:t></w:r></w:p></w:body></w:document>");
    return zip(entries);
  }

  static byte[] xlsx() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("_rels/.rels", String.format(RELS, "xl/workbook.xml"));
    entries.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheets/></workbook>");
    // LibreOffice writes the content types last
    entries.put("[Content_Types].xml", EXCEL_CONTENT_TYPES);
    return zip(entries);
  }

  /** A Windows program: "MZ", the DOS stub, "PE". */
  static byte[] exe() {
    byte[] exe = new byte[256];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3C] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(stub, 0, exe, 0x4E, stub.length);
    return exe;
  }

  static byte[] html() {
    return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] zip(Map<String, String> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] plainZip() {
    return zip(Map.of("notes.txt", "Nur ein Archiv."));
  }
}
