package ch.ag.funding.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Recognises an uploaded document by its content, never by its name or the Content-Type the
 * client sent: Apache Tika's magic bytes tell PDF, PNG, JPEG and ZIP apart; a ZIP is a Word or
 * Excel document only if its entries say so ({@code [Content_Types].xml} with the main part's
 * content type, and {@code word/document.xml} or {@code xl/workbook.xml}). Macro-enabled
 * variants (DOCM, XLSM) and everything else are not recognised.
 *
 * <p>A ZIP is never unpacked: only its central directory is read, and of the entries only
 * {@code [Content_Types].xml}, up to {@value #MAX_CONTENT_TYPES_BYTES} bytes, so a ZIP bomb costs
 * nothing.
 */
final class ContentDetector {

  /** More entries than any real Word or Excel document has. */
  static final int MAX_ZIP_ENTRIES = 10_000;
  /** Declared uncompressed size of all entries together. */
  static final long MAX_ZIP_UNCOMPRESSED_BYTES = 1L << 30;
  static final int MAX_CONTENT_TYPES_BYTES = 1 << 20;

  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String WORD_MAIN_PART =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final String EXCEL_MAIN_PART =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG_HEADER_CHUNK = "IHDR".getBytes(StandardCharsets.US_ASCII);

  private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();

  private ContentDetector() {}

  /** The type of a document's content, if it is one of the five known types. */
  static Optional<DocumentType> detect(byte[] content) {
    if (content == null || content.length == 0) {
      return Optional.empty();
    }
    MediaType magic = magic(content);
    if (magic.equals(MediaType.application("pdf"))) {
      // strictly at the start: Tika also finds the header further in, behind other content
      return startsWith(content, 0, PDF_HEADER) ? Optional.of(DocumentType.PDF) : Optional.empty();
    }
    if (magic.equals(MediaType.image("png"))) {
      // the signature is followed by the header chunk: length 13, "IHDR"
      return startsWith(content, 12, PNG_HEADER_CHUNK) ? Optional.of(DocumentType.PNG)
          : Optional.empty();
    }
    if (magic.equals(MediaType.image("jpeg"))) {
      return Optional.of(DocumentType.JPEG);
    }
    if (MAGIC.getMediaTypeRegistry().isInstanceOf(magic, MediaType.APPLICATION_ZIP)) {
      return officeDocument(content);
    }
    return Optional.empty();
  }

  private static MediaType magic(byte[] content) {
    try (InputStream input = new ByteArrayInputStream(content)) {
      // no file name in the metadata: the content alone decides
      return MAGIC.detect(input, new Metadata());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<DocumentType> officeDocument(byte[] content) {
    Path file = null;
    try {
      // java.util.zip reads a ZIP's central directory only from a file; the name is random
      file = Files.createTempFile("upload-", ".zip");
      Files.write(file, content);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        return officeDocument(zip);
      }
    } catch (ZipException | IllegalArgumentException e) {
      // not a readable ZIP (IllegalArgumentException: malformed entry names)
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(file);
    }
  }

  private static Optional<DocumentType> officeDocument(ZipFile zip) throws IOException {
    if (zip.size() > MAX_ZIP_ENTRIES) {
      return Optional.empty();
    }
    long uncompressed = 0;
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      long size = entries.nextElement().getSize();
      uncompressed += Math.max(size, 0);
      if (uncompressed > MAX_ZIP_UNCOMPRESSED_BYTES) {
        return Optional.empty();
      }
    }
    ZipEntry contentTypes = zip.getEntry(CONTENT_TYPES);
    if (contentTypes == null || contentTypes.isDirectory()) {
      return Optional.empty();
    }
    Optional<String> declared = readLimited(zip, contentTypes);
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    boolean word = isFile(zip, "word/document.xml") && declared.get().contains(WORD_MAIN_PART);
    boolean excel = isFile(zip, "xl/workbook.xml") && declared.get().contains(EXCEL_MAIN_PART);
    if (word == excel) {
      return Optional.empty();
    }
    return Optional.of(word ? DocumentType.DOCX : DocumentType.XLSX);
  }

  private static boolean isFile(ZipFile zip, String name) {
    ZipEntry entry = zip.getEntry(name);
    return entry != null && !entry.isDirectory();
  }

  /** The entry's text, if it is not larger than {@link #MAX_CONTENT_TYPES_BYTES} unpacked. */
  private static Optional<String> readLimited(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream input = zip.getInputStream(entry)) {
      byte[] bytes = input.readNBytes(MAX_CONTENT_TYPES_BYTES + 1);
      if (bytes.length > MAX_CONTENT_TYPES_BYTES) {
        return Optional.empty();
      }
      return Optional.of(text(bytes));
    } catch (ZipException e) {
      return Optional.empty();
    }
  }

  /** XML in UTF-8, or UTF-16 with a byte order mark. */
  private static String text(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return new String(bytes, StandardCharsets.UTF_16);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
    return content.length >= offset + prefix.length
        && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }
}
