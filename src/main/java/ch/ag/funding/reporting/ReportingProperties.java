package ch.ag.funding.reporting;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the reporting phase (domain.md §4 step 8); when the reports are due comes from
 * {@code funding.agreement.*} ({@link ch.ag.funding.agreement.AgreementTerms}).
 *
 * @param reminderBefore the applicant is reminded this long before a report's deadline
 * @param dunningGrace after the deadline the reminder (Mahnung) gives this much more time
 * @param changesPeriod time to hand in the changes the office asked for
 */
@ConfigurationProperties("funding.reporting")
public record ReportingProperties(
    @DefaultValue("P14D") Period reminderBefore,
    @DefaultValue("P30D") Period dunningGrace,
    @DefaultValue("P30D") Period changesPeriod) {}
