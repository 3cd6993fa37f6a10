package ch.ag.funding.system.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What Spring Boot's error handling ({@code /error}) answers outside the project's own
 * exception handler: the status and a German message in the shape of {@link ApiError}, for the
 * German error page and for JSON clients alike; never an exception, a class name or a path.
 */
@Component
class GermanErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request,
      ErrorAttributeOptions options) {
    Object status = super.getErrorAttributes(request, ErrorAttributeOptions.defaults())
        .get("status");
    int code = status instanceof Integer value ? value : 500;
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("status", code);
    attributes.put("message", ApiExceptionHandler.describe(HttpStatusCode.valueOf(code)));
    attributes.put("errors", List.of());
    return attributes;
  }
}
