package ch.ag.funding.identity;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The first administrator and the demo users.
 *
 * @param adminUser id of the first administrator, created if missing
 * @param adminPassword its password: from the environment variable FUNDING_ADMIN_PASSWORD outside
 *     the demo profile
 * @param demoUsers whether the demo users of domain.md §2 (password "demo") are created: only in
 *     the demo profile
 */
@Validated
@ConfigurationProperties("funding.identity")
public record IdentityProperties(
    @NotBlank String adminUser,
    @NotBlank(message = "ist nicht gesetzt: setzen Sie die Umgebungsvariable FUNDING_ADMIN_PASSWORD"
        + " (Passwort des ersten Administrators) oder starten Sie mit dem Profil 'demo'")
    String adminPassword,
    boolean demoUsers) {}
