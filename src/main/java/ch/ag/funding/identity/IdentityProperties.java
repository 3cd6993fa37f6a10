package ch.ag.funding.identity;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The first administrator and the demo users.
 *
 * @param adminUser id of the first administrator, created if missing
 * @param adminPassword its password: from the environment variable FUNDING_ADMIN_PASSWORD outside
 *     the demo profile; required unless the accounts come from a directory (profile "ldap"),
 *     which {@link IdentitySetup} checks
 * @param demoUsers whether the demo users of domain.md §2 (password "demo") are created: only in
 *     the demo profile
 */
@Validated
@ConfigurationProperties("funding.identity")
public record IdentityProperties(
    @NotBlank String adminUser,
    String adminPassword,
    boolean demoUsers) {}
