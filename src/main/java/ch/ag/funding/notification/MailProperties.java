package ch.ag.funding.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sending the queued mails; the SMTP server itself is Spring's {@code spring.mail.*}. Without
 * {@code spring.mail.host} (the demo) nothing is sent and the mails wait in the outbox.
 *
 * @param from the sender address of every mail
 * @param deliveryInterval how often the outbox is looked at
 * @param maxAttempts after so many failed attempts a mail is marked FAILED
 * @param firstRetryAfter the wait after the first failure; it doubles with each further one
 * @param cantonAddress the canton section's mailbox, for notices to canton-mika (the RIF
 *     addresses are in the reference data)
 */
@ConfigurationProperties("funding.mail")
public record MailProperties(
    @DefaultValue("integration@ag.ch") String from,
    @DefaultValue("PT15S") Duration deliveryInterval,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("PT1M") Duration firstRetryAfter,
    @DefaultValue("integration@ag.ch") String cantonAddress) {}
