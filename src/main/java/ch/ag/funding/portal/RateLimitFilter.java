package ch.ag.funding.portal;

import ch.ag.funding.portal.PortalProperties.RateLimit;
import ch.ag.funding.system.web.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits of the public endpoints per client address (token buckets, Bucket4j): submitting
 * an application or answering an applicant task, uploading documents, and asking for a new
 * status link. A client over its limit gets 429 with {@code Retry-After} and a German message
 * (JSON for the JSON endpoints, the error page for pages). The buckets live in this node's
 * memory: with several nodes, each node counts for itself. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so that the client's address is the one counted.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

  static final String TOO_MANY = "Sie haben in kurzer Zeit sehr viele Anfragen gesendet. Bitte"
      + " warten Sie einen Moment und versuchen Sie es dann erneut.";

  private static final Pattern TASK_ANSWER = Pattern.compile("/status/[^/]+/aufgabe/[^/]+");
  private static final Pattern UPLOAD = Pattern.compile("/status/[^/]+/documents");

  private enum Kind { SUBMISSION, UPLOAD, RECOVERY }

  private final RateLimit limits;
  private final ObjectMapper objectMapper;
  private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
      .expireAfterAccess(2, TimeUnit.HOURS)
      .maximumSize(100_000)
      .build();

  RateLimitFilter(PortalProperties properties, ObjectMapper objectMapper) {
    this.limits = properties.rateLimit();
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !limits.enabled() || !"POST".equals(request.getMethod()) || kind(request) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Kind kind = kind(request);
    Bucket bucket = buckets.get(kind + "|" + request.getRemoteAddr(), key -> newBucket(kind));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()));
    response.setHeader("Retry-After", Long.toString(seconds));
    if (kind == Kind.RECOVERY) {
      response.sendError(429);
      return;
    }
    response.setStatus(429);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    objectMapper.writeValue(response.getOutputStream(), ApiError.of(TOO_MANY));
  }

  private static Kind kind(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("/api/applications".equals(path) || TASK_ANSWER.matcher(path).matches()) {
      return Kind.SUBMISSION;
    }
    if (UPLOAD.matcher(path).matches()) {
      return Kind.UPLOAD;
    }
    return "/status-link".equals(path) ? Kind.RECOVERY : null;
  }

  private Bucket newBucket(Kind kind) {
    int perHour = switch (kind) {
      case SUBMISSION -> limits.submissionsPerHour();
      case UPLOAD -> limits.uploadsPerHour();
      case RECOVERY -> limits.recoveriesPerHour();
    };
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perHour)
            .refillGreedy(perHour, Duration.ofHours(1)).build())
        .build();
  }
}
