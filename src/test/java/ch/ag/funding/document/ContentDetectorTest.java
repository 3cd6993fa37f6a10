package ch.ag.funding.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The detection rules: the content decides, never a name or a declared type. */
class ContentDetectorTest {

  @Test
  void recognisesTheFiveAllowedTypesByTheirContent() {
    assertThat(ContentDetector.detect(SampleDocuments.pdf())).contains(DocumentType.PDF);
    assertThat(ContentDetector.detect(SampleDocuments.png())).contains(DocumentType.PNG);
    assertThat(ContentDetector.detect(SampleDocuments.jpeg())).contains(DocumentType.JPEG);
    assertThat(ContentDetector.detect(SampleDocuments.docx())).contains(DocumentType.DOCX);
    assertThat(ContentDetector.detect(SampleDocuments.xlsx())).contains(DocumentType.XLSX);
  }

  @Test
  void refusesProgramsMarkupTextAndOtherFormats() {
    assertThat(ContentDetector.detect(SampleDocuments.exe())).isEmpty();
    assertThat(ContentDetector.detect(SampleDocuments.html())).isEmpty();
    assertThat(ContentDetector.detect(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")))
        .isEmpty();
    assertThat(ContentDetector.detect(ascii("Ein Budget als Text."))).isEmpty();
    assertThat(ContentDetector.detect(ascii("GIF89a\u0001\u0000\u0001\u0000"))).isEmpty();
    // an old Word document (OLE compound file), also the container of encrypted OOXML
    assertThat(ContentDetector.detect(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0})).isEmpty();
    assertThat(ContentDetector.detect(new byte[0])).isEmpty();
    assertThat(ContentDetector.detect(null)).isEmpty();
  }

  @Test
  void aPdfHeaderMustStandAtTheStart() {
    assertThat(ContentDetector.detect(ascii("<html><body>x</body></html>\n%PDF-1.4\n%%EOF")))
        .isEmpty();
    assertThat(ContentDetector.detect(ascii("  %PDF-1.4\n%%EOF"))).isEmpty();
    assertThat(ContentDetector.detect(SampleDocuments.exe())).isEmpty();
  }

  @Test
  void aPngNeedsItsHeaderChunkAfterTheSignature() {
    byte[] png = SampleDocuments.png();
    byte[] signatureOnly = java.util.Arrays.copyOf(png, 8);
    byte[] signatureAndJunk = java.util.Arrays.copyOf(png, 40);
    signatureAndJunk[12] = 'X';

    assertThat(ContentDetector.detect(signatureOnly)).isEmpty();
    assertThat(ContentDetector.detect(signatureAndJunk)).isEmpty();
  }

  @Test
  void aZipIsWordOrExcelOnlyIfItsEntriesSaySo() {
    assertThat(ContentDetector.detect(SampleDocuments.plainZip())).isEmpty();
    // the content types alone, without the main part
    assertThat(ContentDetector.detect(SampleDocuments.zip(
        Map.of("[Content_Types].xml", SampleDocuments.WORD_CONTENT_TYPES)))).isEmpty();
    // the main part, without content types
    assertThat(ContentDetector.detect(SampleDocuments.zip(
        Map.of("word/document.xml", "<w:document/>")))).isEmpty();
    // a Word part declared as Excel
    assertThat(ContentDetector.detect(SampleDocuments.zip(Map.of(
        "[Content_Types].xml", SampleDocuments.EXCEL_CONTENT_TYPES,
        "word/document.xml", "<w:document/>")))).isEmpty();
    // an OpenDocument text is a ZIP too
    assertThat(ContentDetector.detect(SampleDocuments.zip(Map.of(
        "mimetype", "application/vnd.oasis.opendocument.text",
        "content.xml", "<office:document-content/>")))).isEmpty();
  }

  @Test
  void macroEnabledWordAndExcelAreRefused() {
    Map<String, String> docm = new LinkedHashMap<>();
    docm.put("[Content_Types].xml", SampleDocuments.WORD_CONTENT_TYPES.replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml"));
    docm.put("word/document.xml", "<w:document/>");
    docm.put("word/vbaProject.bin", "macro");
    Map<String, String> xlsm = new LinkedHashMap<>();
    xlsm.put("[Content_Types].xml", SampleDocuments.EXCEL_CONTENT_TYPES.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"));
    xlsm.put("xl/workbook.xml", "<workbook/>");

    assertThat(ContentDetector.detect(SampleDocuments.zip(docm))).isEmpty();
    assertThat(ContentDetector.detect(SampleDocuments.zip(xlsm))).isEmpty();
  }

  @Test
  void zipBombsAreNotUnpacked() throws IOException {
    // content types that unpack to 64 MB from a few dozen kilobytes: only 1 MB is ever read
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) ' ');
      byte[] declaration = SampleDocuments.WORD_CONTENT_TYPES.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 64; i++) {
        zip.write(block);
      }
      zip.write(declaration);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(bomb.size()).isLessThan(200_000);

    long start = System.nanoTime();
    assertThat(ContentDetector.detect(bomb.toByteArray())).isEmpty();
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  @Test
  void aZipWithTooManyEntriesIsRefused() throws IOException {
    ByteArrayOutputStream many = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(many)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(SampleDocuments.WORD_CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < ContentDetector.MAX_ZIP_ENTRIES; i++) {
        zip.putNextEntry(new ZipEntry("word/media/" + i));
      }
    }
    assertThat(ContentDetector.detect(many.toByteArray())).isEmpty();
  }

  @Test
  void aTruncatedZipIsRefused() {
    byte[] docx = SampleDocuments.docx();

    assertThat(ContentDetector.detect(java.util.Arrays.copyOf(docx, docx.length / 2)))
        .isEmpty();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
