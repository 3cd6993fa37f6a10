package ch.ag.funding.agreement;

import java.time.Duration;
import java.time.MonthDay;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The main terms of a funding agreement (domain.md §4 steps 7 and 8), with the programme's
 * defaults.
 *
 * @param advancePercent the advance payment, in percent of the approved amount
 * @param acceptancePeriod how long the applicant has to accept the agreement
 * @param acceptanceReminderBefore the applicant is reminded this long before the acceptance
 *     deadline
 * @param finalReportAfter the final report is due this long after the project end
 * @param interimReportDue a project running past 31 December owes an interim report by this day
 *     of the following year
 */
@ConfigurationProperties("funding.agreement")
public record AgreementProperties(
    @DefaultValue("80") int advancePercent,
    @DefaultValue("P30D") Duration acceptancePeriod,
    @DefaultValue("P7D") Duration acceptanceReminderBefore,
    @DefaultValue("P3M") Period finalReportAfter,
    @DefaultValue("--02-28") MonthDay interimReportDue) {}
