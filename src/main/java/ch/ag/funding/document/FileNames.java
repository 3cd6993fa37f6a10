package ch.ag.funding.document;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The display name of an uploaded document, made safe: no path (neither {@code /} nor
 * {@code \}), no control or invisible formatting characters (such as a right-to-left override),
 * none of the characters that file systems reserve, no leading or trailing dots, at most
 * {@value #MAX_LENGTH} characters, and an extension that matches the recognised content. The
 * name is only ever shown and sent in a Content-Disposition header; it is never a path.
 */
final class FileNames {

  static final int MAX_LENGTH = 120;
  static final String FALLBACK = "Dokument";

  private FileNames() {}

  /** The stored name: cleaned, shortened, with the extension of the recognised type. */
  static String displayName(String submitted, DocumentType type) {
    String name = strip(submitted);
    String base = name;
    String extension = "";
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      base = name.substring(0, dot);
      extension = name.substring(dot + 1);
    }
    if (!type.hasExtension(extension)) {
      // the extension follows the content: a PDF named "x.exe" is sent as "x.exe.pdf"
      base = name;
      extension = type.extensions().get(0);
    }
    extension = extension.toLowerCase(Locale.ROOT);
    base = truncate(base, MAX_LENGTH - extension.length() - 1).replaceAll("[. ]+$", "");
    if (base.isEmpty()) {
      base = FALLBACK;
    }
    return base + "." + extension;
  }

  /** The cleaned name as a message shows it, at most {@value #MAX_LENGTH} characters. */
  static String clean(String submitted) {
    String name = truncate(strip(submitted), MAX_LENGTH);
    return name.isEmpty() ? FALLBACK : name;
  }

  private static String strip(String submitted) {
    String name = submitted == null ? "" : Normalizer.normalize(submitted, Normalizer.Form.NFC);
    // the last segment of a path, whichever separator the client's system uses
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder(name.length());
    name.codePoints().forEach(c -> {
      if (isInvisible(c)) {
        return;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        kept.append(' ');
      } else if ("<>:\"|?*".indexOf(c) >= 0) {
        kept.append('_');
      } else {
        kept.appendCodePoint(c);
      }
    });
    // no hidden files, no "..", no trailing dots or spaces (Windows drops them)
    return kept.toString().replaceAll(" {2,}", " ").replaceAll("^[. ]+", "")
        .replaceAll("[. ]+$", "");
  }

  /** Control, format (e.g. bidirectional overrides), separator, surrogate and unassigned. */
  private static boolean isInvisible(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED -> true;
      default -> false;
    };
  }

  private static String truncate(String text, int codePoints) {
    if (text.codePointCount(0, text.length()) <= codePoints) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, codePoints));
  }
}
