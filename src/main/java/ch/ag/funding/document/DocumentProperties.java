package ch.ag.funding.document;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the documents of a case (issue 6): the servlet container's multipart limits
 * ({@code spring.servlet.multipart.*}) must be at least as large, or they answer first.
 *
 * @param maxFileSize the largest single file
 * @param maxCaseSize the most that all documents of one case may add up to
 * @param maxCaseFiles the most documents one case may have
 * @param allowedTypes the kinds of document accepted; each is recognised by its content
 */
@ConfigurationProperties("funding.documents")
public record DocumentProperties(
    @DefaultValue("10MB") DataSize maxFileSize,
    @DefaultValue("30MB") DataSize maxCaseSize,
    @DefaultValue("50") int maxCaseFiles,
    @DefaultValue({"PDF", "PNG", "JPEG", "DOCX", "XLSX"}) Set<DocumentType> allowedTypes) {

  public DocumentProperties {
    allowedTypes = allowedTypes == null || allowedTypes.isEmpty()
        ? EnumSet.noneOf(DocumentType.class) : EnumSet.copyOf(allowedTypes);
  }
}
