package ch.ag.funding.decision;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of the decision phase with their defaults (domain.md §4 steps 5-6, §5), configurable
 * under {@code funding.decision}.
 *
 * @param smallProjectLimit requested amounts up to this many CHF are decided by the RIF alone
 * @param rifPreDecisionPeriod time the RIF has for its pre-decision (the task's due date)
 * @param cantonDecisionPeriod time the canton has for its decision (the task's due date)
 * @param escalationGracePeriod how long after the due date an open decision raises a reminder
 */
@ConfigurationProperties("funding.decision")
public record DecisionProperties(
    @DefaultValue("5000") BigDecimal smallProjectLimit,
    @DefaultValue("P20D") Duration rifPreDecisionPeriod,
    @DefaultValue("P30D") Duration cantonDecisionPeriod,
    @DefaultValue("P5D") Duration escalationGracePeriod) {}
