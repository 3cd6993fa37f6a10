package ch.ag.funding.document;

import ch.ag.funding.system.web.ApiError;
import ch.ag.funding.system.web.FieldError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * German JSON errors ({@link ApiError}) for the applicant's document endpoint
 * {@code /status/{token}/documents}, which lies among the portal pages and would otherwise get
 * their HTML error pages. It runs before Spring MVC's own resolvers because some refusals come
 * before any controller is chosen: the multipart body is parsed first (too large: 413), and a
 * request that is not {@code multipart/form-data} matches no handler (415). Other paths are left
 * alone.
 */
@Component
class ApplicantDocumentErrors implements HandlerExceptionResolver, Ordered {

  private static final Logger LOG = LoggerFactory.getLogger(ApplicantDocumentErrors.class);
  private static final Pattern PATH = Pattern.compile("/status/[^/]+/documents/?");
  private static final String MULTIPART_HINT = "Bitte senden Sie die Dateien als"
      + " multipart/form-data im Feld «file».";

  private final ObjectMapper objectMapper;
  private final DocumentProperties properties;

  ApplicantDocumentErrors(ObjectMapper objectMapper, DocumentProperties properties) {
    this.objectMapper = objectMapper;
    this.properties = properties;
  }

  @Override
  public int getOrder() {
    // after Spring Boot's DefaultErrorAttributes, which only records the exception
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
      Object handler, Exception e) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!PATH.matcher(path).matches() || response.isCommitted()) {
      return null;
    }
    try {
      write(response, e);
    } catch (IOException writing) {
      LOG.debug("Could not send the error of a document upload", writing);
    }
    return new ModelAndView();
  }

  private void write(HttpServletResponse response, Exception e) throws IOException {
    HttpStatusCode status;
    ApiError error;
    if (e instanceof DocumentRefusedException refused) {
      status = refused.status();
      error = new ApiError(refused.getMessage(), refused.errors());
    } else if (e instanceof MaxUploadSizeExceededException) {
      status = HttpStatus.PAYLOAD_TOO_LARGE;
      error = new ApiError("Die Dateien sind zu gross: erlaubt sind höchstens "
          + DocumentService.megabytes(properties.maxFileSize().toBytes()) + " pro Datei und "
          + DocumentService.megabytes(properties.maxCaseSize().toBytes()) + " pro Gesuch."
          + " Es wurde nichts gespeichert.", List.of(new FieldError("file", "Zu gross.")));
    } else if (e instanceof HttpMediaTypeNotSupportedException) {
      status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      error = ApiError.of(MULTIPART_HINT);
    } else if (e instanceof MissingServletRequestPartException
        || e instanceof MultipartException) {
      status = HttpStatus.BAD_REQUEST;
      error = new ApiError("Die Dateien konnten nicht gelesen werden. " + MULTIPART_HINT
          + " Es wurde nichts gespeichert.",
          List.of(new FieldError("file", "Keine Datei erhalten.")));
    } else if (e instanceof HttpRequestMethodNotSupportedException method) {
      status = method.getStatusCode();
      if (method.getSupportedHttpMethods() != null) {
        response.setHeader(HttpHeaders.ALLOW,
            StringUtils.collectionToCommaDelimitedString(method.getSupportedHttpMethods()));
      }
      error = ApiError.of("Diese Methode ist hier nicht erlaubt.");
    } else if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
      status = known.getStatusCode();
      error = ApiError.of("Die Anfrage konnte nicht bearbeitet werden.");
    } else {
      LOG.error("Unexpected error at a document upload", e);
      status = HttpStatus.INTERNAL_SERVER_ERROR;
      error = ApiError.of("Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es"
          + " später noch einmal.");
    }
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getOutputStream(), error);
  }
}
