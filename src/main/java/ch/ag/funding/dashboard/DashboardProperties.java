package ch.ag.funding.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The programme dashboard.
 *
 * @param firstYear the first year the year selector offers (KIP 3 starts in 2024)
 */
@ConfigurationProperties("funding.dashboard")
public record DashboardProperties(@DefaultValue("2024") int firstYear) {}
