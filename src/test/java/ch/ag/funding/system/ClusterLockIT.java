package ch.ag.funding.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.PostgresIntegrationTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lock of the scheduled tasks on PostgreSQL: while one run of a task holds it, another run
 * of the same task (as on a second node) is skipped; a task of another name runs; once the
 * first run ends, the task runs again.
 */
class ClusterLockIT extends PostgresIntegrationTest {

  @Autowired
  private ClusterLock clusterLock;

  @Test
  void aTaskRunsOnceAtATimeAndAgainAfterwards() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() ->
        clusterLock.runExclusively("retention", () -> {
          running.countDown();
          await(finish);
        }));
    assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

    assertThat(clusterLock.runExclusively("retention", () -> { })).as("second run").isFalse();
    assertThat(clusterLock.runExclusively("other", () -> { })).as("another task").isTrue();

    finish.countDown();
    assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(clusterLock.runExclusively("retention", () -> { })).as("next run").isTrue();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
