package ch.ag.funding.decision;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates of the decision tasks and when an overdue one raises a reminder, from
 * {@link DecisionProperties}; used by the model's due dates and timers.
 */
@Component
public class DecisionDeadlines {

  private final DecisionProperties properties;
  private final Clock clock;

  public DecisionDeadlines(DecisionProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public Date rifPreDecisionDue() {
    return fromNow(properties.rifPreDecisionPeriod());
  }

  public Date rifPreDecisionReminder() {
    return fromNow(properties.rifPreDecisionPeriod().plus(properties.escalationGracePeriod()));
  }

  public Date cantonDecisionDue() {
    return fromNow(properties.cantonDecisionPeriod());
  }

  public Date cantonDecisionReminder() {
    return fromNow(properties.cantonDecisionPeriod().plus(properties.escalationGracePeriod()));
  }

  private Date fromNow(Duration period) {
    return Date.from(clock.instant().plus(period));
  }
}
