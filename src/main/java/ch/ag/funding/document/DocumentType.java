package ch.ag.funding.document;

import java.util.List;
import java.util.Locale;

/** The kinds of document an applicant may upload, each recognised by its content. */
public enum DocumentType {
  PDF("application/pdf", "PDF", List.of("pdf")),
  PNG("image/png", "PNG", List.of("png")),
  JPEG("image/jpeg", "JPEG", List.of("jpg", "jpeg")),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)",
      List.of("docx")),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)",
      List.of("xlsx"));

  private final String mediaType;
  private final String label;
  private final List<String> extensions;

  DocumentType(String mediaType, String label, List<String> extensions) {
    this.mediaType = mediaType;
    this.label = label;
    this.extensions = extensions;
  }

  /** The media type the document is stored and sent with. */
  public String mediaType() {
    return mediaType;
  }

  /** The German name shown to applicants, e.g. "Word (DOCX)". */
  public String label() {
    return label;
  }

  /** The file name extensions of the type, lower case, the usual one first. */
  public List<String> extensions() {
    return extensions;
  }

  boolean hasExtension(String extension) {
    return extensions.contains(extension.toLowerCase(Locale.ROOT));
  }
}
