package ch.ag.funding.portal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.Http;
import ch.ag.funding.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/** The rate limit of a public endpoint over real HTTP (a context of its own: fresh buckets). */
class RateLimitIT extends PostgresIntegrationTest {

  @Test
  void eleventhRequestForANewLinkWithinAnHourGetsTheGerman429Page() {
    for (int i = 0; i < 10; i++) {
      assertThat(request().status()).as("request %d", i + 1).isEqualTo(200);
    }

    Http.Response refused = request();

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body()).contains("Zu viele Anfragen", "lang=\"de-CH\"")
        .doesNotContain("Exception");
    assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
    Http.Response json = http().postRaw("/status-link", "application/x-www-form-urlencoded",
        java.net.http.HttpRequest.BodyPublishers.ofString("reference=x&email=y"));
    assertThat(json.status()).isEqualTo(429);
    assertThat(json.json().get("message").asText()).contains("sehr viele Anfragen");
    assertThat(json.body()).doesNotContain("Too Many Requests", "timestamp");
  }

  private Http.Response request() {
    return http().postForm("/status-link", "reference=SI-2026-0001&email=a%40example.ch");
  }
}
