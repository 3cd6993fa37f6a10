package ch.ag.funding.submission;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The funding rules that the formal check applies to an application (domain.md §5), with their
 * defaults. Real offices change them: each value is configurable under {@code funding.submission}.
 *
 * @param maxRequestedAmount the most that one application may request, in CHF
 * @param maxShareOfTotalCost the highest share of the total project cost that may be requested
 * @param balanceTolerance how far the financing plan may be off, in CHF
 * @param shortNoticePeriod a project start sooner than this after submission gives a warning
 * @param maxProjectDuration the longest a project may run
 * @param completionPeriod time the applicant has to complete an application with problems
 * @param ibanCountries countries whose IBAN is accepted
 */
@ConfigurationProperties("funding.submission")
public record SubmissionProperties(
    @DefaultValue("50000") BigDecimal maxRequestedAmount,
    @DefaultValue("0.60") BigDecimal maxShareOfTotalCost,
    @DefaultValue("1") BigDecimal balanceTolerance,
    @DefaultValue("P6W") Period shortNoticePeriod,
    @DefaultValue("P24M") Period maxProjectDuration,
    @DefaultValue("P14D") Duration completionPeriod,
    @DefaultValue({"CH", "LI"}) List<String> ibanCountries) {}
