package ch.ag.funding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.portal.PortalProperties.RateLimit;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RateLimitFilterTest {

  private final AtomicInteger passed = new AtomicInteger();
  private final FilterChain chain = (request, response) -> passed.incrementAndGet();

  private static RateLimitFilter filter(boolean enabled, int perHour) {
    return new RateLimitFilter(new PortalProperties("http://localhost",
        new RateLimit(enabled, perHour, perHour, perHour)), new ObjectMapper());
  }

  private MockHttpServletResponse call(RateLimitFilter filter, String method, String path,
      String address) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, chain);
    return response;
  }

  @Test
  void aClientOverItsLimitGets429WithAGermanMessageAndWhenToTryAgain() throws Exception {
    RateLimitFilter filter = filter(true, 2);

    call(filter, "POST", "/api/applications", "10.0.0.1");
    call(filter, "POST", "/status/abc/aufgabe/task-1", "10.0.0.1");
    MockHttpServletResponse refused = call(filter, "POST", "/api/applications", "10.0.0.1");

    assertThat(passed).hasValue(2);
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("sehr viele Anfragen");
    assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
  }

  @Test
  void eachAddressAndEachKindHasItsOwnBucket() throws Exception {
    RateLimitFilter filter = filter(true, 1);

    call(filter, "POST", "/api/applications", "10.0.0.1");
    call(filter, "POST", "/api/applications", "10.0.0.2");
    call(filter, "POST", "/status/abc/documents", "10.0.0.1");
    MockHttpServletResponse recovery = call(filter, "POST", "/status-link", "10.0.0.1");
    MockHttpServletResponse again = call(filter, "POST", "/status-link", "10.0.0.1");

    assertThat(passed).hasValue(4);
    assertThat(recovery.getStatus()).isEqualTo(200);
    assertThat(again.getStatus()).isEqualTo(429);
  }

  @Test
  void readingAndOtherPathsAreNotLimited() throws Exception {
    RateLimitFilter filter = filter(true, 1);

    for (int i = 0; i < 5; i++) {
      call(filter, "GET", "/status/abc", "10.0.0.1");
      call(filter, "GET", "/api/applications", "10.0.0.1");
      call(filter, "POST", "/engine-rest/task/1/complete", "10.0.0.1");
    }

    assertThat(passed).hasValue(15);
  }

  @Test
  void switchedOffForBenchmarks() throws Exception {
    RateLimitFilter filter = filter(false, 1);

    for (int i = 0; i < 5; i++) {
      assertThat(call(filter, "POST", "/api/applications", "10.0.0.1").getStatus())
          .isEqualTo(200);
    }
    assertThat(passed).hasValue(5);
  }
}
