package ch.ag.funding.retention;

import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention every night ({@code funding.retention.cron}). On several nodes each runs
 * it; every step is idempotent, so a case is handled once whoever comes first.
 */
@Component
class RetentionJob {

  private final RetentionService retention;
  private final Clock clock;

  RetentionJob(RetentionService retention, Clock clock) {
    this.retention = retention;
    this.clock = clock;
  }

  @Scheduled(cron = "${funding.retention.cron:0 30 2 * * *}", zone = "Europe/Zurich")
  void run() {
    retention.run(clock.instant());
  }
}
