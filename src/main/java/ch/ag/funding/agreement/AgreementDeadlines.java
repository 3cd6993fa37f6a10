package ch.ag.funding.agreement;

import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When the agreement must be accepted and when the applicant is reminded, from
 * {@link AgreementProperties}; used by the model's due date and timers of acceptAgreement.
 */
@Component
public class AgreementDeadlines {

  private final AgreementProperties properties;
  private final Clock clock;

  public AgreementDeadlines(AgreementProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public Date acceptanceDue() {
    return Date.from(clock.instant().plus(properties.acceptancePeriod()));
  }

  public Date acceptanceReminder() {
    return Date.from(clock.instant().plus(properties.acceptancePeriod())
        .minus(properties.acceptanceReminderBefore()));
  }
}
