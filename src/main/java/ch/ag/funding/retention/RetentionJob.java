package ch.ag.funding.retention;

import ch.ag.funding.system.ClusterLock;
import java.time.Clock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention every night ({@code funding.retention.cron}). On several nodes one runs it
 * at a time ({@link ClusterLock}): two runs at once would both find the same cases and trip over
 * each other's rows. Every step is idempotent, so a later run on another node changes nothing.
 */
@Component
class RetentionJob {

  private final RetentionService retention;
  private final Clock clock;
  private final ClusterLock clusterLock;

  RetentionJob(RetentionService retention, Clock clock, ClusterLock clusterLock) {
    this.retention = retention;
    this.clock = clock;
    this.clusterLock = clusterLock;
  }

  @Scheduled(cron = "${funding.retention.cron:0 30 2 * * *}", zone = "Europe/Zurich")
  void run() {
    clusterLock.runExclusively("retention", () -> retention.run(clock.instant()));
  }
}
