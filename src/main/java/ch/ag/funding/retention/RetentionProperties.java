package ch.ag.funding.retention;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a closed case is kept (issue 8). Counted from the case's end.
 *
 * @param contactData until then the personal data (contact, IBAN, documents, mails, payment
 *     instructions, status links) is kept; the office may choose it shorter than
 *     {@code caseData}
 * @param caseData until then the case's history is kept (the accounting data); afterwards only
 *     its anonymous figures and the ledger remain
 * @param cron when the retention job runs (daily at night by default)
 */
@ConfigurationProperties("funding.retention")
public record RetentionProperties(
    @DefaultValue("P10Y") Period contactData,
    @DefaultValue("P10Y") Period caseData,
    @DefaultValue("0 30 2 * * *") String cron) {}
