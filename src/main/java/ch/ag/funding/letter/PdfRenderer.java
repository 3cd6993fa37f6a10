package ch.ag.funding.letter;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Turns a letter's XHTML and print CSS into a PDF with openhtmltopdf. The letters use the PDF's
 * built-in Helvetica (WinAnsi: umlauts, «», ’ included), so no font files are shipped, and they
 * load nothing from outside: every external resource is refused, whatever a value might contain.
 */
final class PdfRenderer {

  private static final String LANGUAGE = "de-CH";

  PdfRenderer() {
    PdfLogging.install();
  }

  byte[] render(String xhtml, String title, String author) {
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .useFastMode()
        .withHtmlContent(xhtml, null)
        .useExternalResourceAccessControl((uri, type) -> false,
            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
        .useExternalResourceAccessControl((uri, type) -> false,
            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
        .withProducer("openhtmltopdf");
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      try (PDDocument document = renderer.createPDFKeepOpen()) {
        describe(document, title, author);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The letter \"" + title + "\" could not be rendered", e);
    }
  }

  /** Title, author and language, for viewers, screen readers and the archive. */
  private static void describe(PDDocument document, String title, String author) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(author);
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setLanguage(LANGUAGE);
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);
  }
}
