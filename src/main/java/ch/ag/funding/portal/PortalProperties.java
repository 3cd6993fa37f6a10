package ch.ag.funding.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public portal.
 *
 * @param baseUrl the public address of the application, used in links sent to applicants
 * @param rateLimit how often one client address may use the public endpoints
 */
@ConfigurationProperties("funding.portal")
public record PortalProperties(
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue RateLimit rateLimit) {

  /**
   * Requests per hour and client address, generous for offices that submit from one address;
   * switched off for benchmarks with {@code enabled: false}.
   *
   * @param submissionsPerHour submitted applications and answered applicant tasks
   * @param uploadsPerHour uploaded documents
   * @param recoveriesPerHour requests for a new status link
   */
  public record RateLimit(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("60") int submissionsPerHour,
      @DefaultValue("300") int uploadsPerHour,
      @DefaultValue("10") int recoveriesPerHour) {}
}
