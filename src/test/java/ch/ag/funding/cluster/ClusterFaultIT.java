package ch.ag.funding.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.PostgresTestDatabase;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full fault tests, not part of the default build: {@code bash .ci/test.sh -Pfault-tests}
 * (about a quarter of an hour; restarting PostgreSQL needs root or the postgres user). Each
 * runs two nodes of the packaged jar on a database of its own, submits applications to both in
 * turn while the RIF approves them, and then checks that every accepted application exists once
 * with one reservation and its four mails, that nothing is left to do, and what each client was
 * told. The short version of the first is {@link ClusterFailoverIT}.
 */
class ClusterFaultIT {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterFaultIT.class);

  /** How PostgreSQL is restarted; {@code FAULT_TEST_PG_RESTART} for another installation. */
  private static final String PG_RESTART = System.getenv().getOrDefault("FAULT_TEST_PG_RESTART",
      "pg_ctlcluster --skip-systemctl-redirect 15 main restart");

  /** A killed node's jobs are taken over by the other node once their locks expire. */
  @Test
  void aNodeKilledDuringFiveHundredApplicationsLosesAndDuplicatesNothing() throws Exception {
    try (Cluster cluster = new Cluster("fault_kill")) {
      ClusterLoad.Counts counts = cluster.run("K", 500, Map.of(200, cluster.a::kill), 1);
      assertThat(cluster.a.isAlive()).isFalse();
      assertThat(counts.accepted()).isGreaterThanOrEqualTo(490);
    }
  }

  /**
   * The nodes reconnect by themselves; a submission that failed while the database was away was
   * told so, and left nothing behind.
   */
  @Test
  void postgresRestartedUnderLoadLosesNothingAccepted() throws Exception {
    try (Cluster cluster = new Cluster("fault_pg")) {
      ClusterLoad.Counts counts = cluster.run("P", 300, Map.of(100, ClusterFaultIT::restartPostgres),
          2);
      assertThat(counts.accepted()).as("accepted after the restart too").isGreaterThan(200);
      // who was refused while the database was away heard so: try again in a moment
      assertThat(cluster.load.failureAnswers()).allSatisfy(answer -> assertThat(answer).matches(
          "(?s).*: (503 .*Der Dienst ist im Moment nicht erreichbar.*|connection broken.*)"));
      assertThat(cluster.a.http().get("/actuator/health").status()).isEqualTo(200);
      assertThat(cluster.b.http().get("/actuator/health").status()).isEqualTo(200);
    }
  }

  /** Mails wait in the outbox while the SMTP server is away, and go out once each after. */
  @Test
  void smtpAwayForAWhileLosesNoMailAndSendsEachOnce() throws Exception {
    try (Cluster cluster = new Cluster("fault_smtp")) {
      Runnable outage = () -> {
        cluster.mails.stop();
        LOG.info("SMTP server stopped");
        ClusterLoad.pause(30_000);
        cluster.mails.start();
        LOG.info("SMTP server started again on port {}", cluster.mails.port());
      };
      ClusterLoad.Counts counts = cluster.run("S", 300, Map.of(50, outage), 0);
      assertThat(counts.accepted()).isEqualTo(300);
      assertThat(cluster.load.count("select count(*) from mail_outbox where attempts > 1"))
          .as("mails that waited for the SMTP server").isPositive();
    }
  }

  private static void restartPostgres() {
    LOG.info("restarting PostgreSQL: {}", PG_RESTART);
    try {
      Process restart = new ProcessBuilder("sh", "-c", PG_RESTART).inheritIO().start();
      int exit = restart.waitFor();
      LOG.info("PostgreSQL restarted (exit {})", exit);
      if (exit != 0) {
        throw new IllegalStateException("PostgreSQL not restarted: exit " + exit);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Two nodes, an SMTP server and the load, on a database of their own. */
  private static final class Cluster implements AutoCloseable {

    final String database;
    final MailCapture mails = new MailCapture();
    final ClusterNode a;
    final ClusterNode b;
    ClusterLoad load;

    Cluster(String name) {
      database = PostgresTestDatabase.create(name);
      a = node(name + "-a");
      b = node(name + "-b");
      ClusterNode.awaitHealthy(Duration.ofMinutes(3), a, b);
    }

    private ClusterNode node(String name) {
      return ClusterNode.builder(name, database).smtpPort(mails.port())
          .argument("--funding.mail.first-retry-after=PT2S").launch();
    }

    ClusterLoad.Counts run(String tag, int applications, Map<Integer, Runnable> faults,
        int redundantMailsAllowed) throws InterruptedException {
      load = new ClusterLoad(database, List.of(a, b), tag);
      load.raiseBudget();
      load.startCaseworker();
      load.submit(applications, 4, faults);
      load.awaitDrained(Duration.ofMinutes(6));
      ClusterLoad.Counts counts = load.counts();
      LOG.info(counts.line("fault test " + tag));
      load.failureAnswers().forEach(answer -> LOG.info("not accepted: {}", answer));
      LOG.info("fault test {} {}", tag, load.assertConsistent(counts, mails,
          redundantMailsAllowed));
      return counts;
    }

    @Override
    public void close() {
      if (load != null) {
        load.close();
      }
      a.close();
      b.close();
      mails.close();
    }
  }
}
