package ch.ag.funding.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public portal.
 *
 * @param baseUrl the public address of the application, used in links sent to applicants
 */
@ConfigurationProperties("funding.portal")
public record PortalProperties(@DefaultValue("http://localhost:8080") String baseUrl) {}
