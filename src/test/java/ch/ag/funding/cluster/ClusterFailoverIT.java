package ch.ag.funding.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.PostgresTestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The short fault test (part of {@code .ci/test.sh}): two nodes of the packaged jar on one
 * PostgreSQL database, 100 small applications submitted to both in turn and approved by the RIF
 * through {@code /engine-rest}; node A is killed ({@code kill -9}) in the middle. Node B takes
 * over A's jobs once their locks expire. Afterwards every accepted application exists once, with
 * one reservation and its four mails, and nothing is left to do. The full version with 500
 * applications, a PostgreSQL restart and an SMTP outage is {@link ClusterFaultIT}.
 *
 * <p>Sessions are kept in the database (Spring Session JDBC): a login on one node is valid on
 * the other, behind a plain round-robin proxy, and outlives the node it was made on.
 */
@TestMethodOrder(OrderAnnotation.class)
class ClusterFailoverIT {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterFailoverIT.class);
  private static final String DATABASE = PostgresTestDatabase.create("cluster_failover");

  private static MailCapture mails;
  private static ClusterNode a;
  private static ClusterNode b;

  @BeforeAll
  static void startCluster() {
    mails = new MailCapture();
    a = ClusterNode.builder("failover-a", DATABASE).smtpPort(mails.port()).launch();
    b = ClusterNode.builder("failover-b", DATABASE).smtpPort(mails.port()).launch();
    ClusterNode.awaitHealthy(Duration.ofMinutes(3), a, b);
  }

  @AfterAll
  static void stopCluster() {
    for (AutoCloseable closeable : new AutoCloseable[] {a, b, mails}) {
      try {
        if (closeable != null) {
          closeable.close();
        }
      } catch (Exception e) {
        LOG.warn("closing {}: {}", closeable, e.getMessage());
      }
    }
  }

  @Test
  @Order(1)
  void aLoginOnOneNodeIsValidOnTheOther() {
    ClusterBrowser caseworker = new ClusterBrowser();
    assertThat(caseworker.webappUser(b).statusCode()).as("before the login").isEqualTo(404);
    assertThat(caseworker.loginToTasklist(a, ClusterLoad.RIF_USER)).isEqualTo(200);

    var user = caseworker.webappUser(b);
    assertThat(user.statusCode()).as(user.body()).isEqualTo(200);
    assertThat(user.body()).contains("\"userId\":\"" + ClusterLoad.RIF_USER + "\"");
    assertThat(caseworker.tasklistQuery(b).statusCode()).as("a post with A's CSRF token on B")
        .isEqualTo(200);
    assertThat(caseworker.tasklistQuery(a).statusCode()).isEqualTo(200);

    ClusterBrowser manager = new ClusterBrowser();
    assertThat(manager.dashboard(b).statusCode()).as("before the login").isEqualTo(302);
    assertThat(manager.loginToDashboard(b, "manager-demo")).contains("/dashboard")
        .doesNotContain("anmelden");
    var dashboard = manager.dashboard(a);
    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(dashboard.body()).contains("manager-demo");
  }

  @Test
  @Order(2)
  void aNodeKilledDuringHundredApplicationsLosesAndDuplicatesNothing() throws Exception {
    ClusterBrowser caseworker = new ClusterBrowser();
    assertThat(caseworker.loginToTasklist(a, ClusterLoad.RIF_USER)).isEqualTo(200);
    try (ClusterLoad load = new ClusterLoad(DATABASE, List.of(a, b), "F")) {
      load.raiseBudget();
      load.startCaseworker();

      load.submit(100, 4, Map.of(50, a::kill));
      LOG.info("fault test: 100 applications answered, node A killed; waiting for node B");
      load.awaitDrained(Duration.ofMinutes(2));

      ClusterLoad.Counts counts = load.counts();
      LOG.info(counts.line("fault test"));
      load.failureAnswers().forEach(answer -> LOG.info("not accepted: {}", answer));
      String mailLine = load.assertConsistent(counts, mails, 1);
      LOG.info("fault test {}", mailLine);
      assertThat(a.isAlive()).isFalse();
      assertThat(counts.accepted()).as("accepted").isGreaterThanOrEqualTo(90);
      assertThat(caseworker.webappUser(b).statusCode()).as("logged in on A, A dead, B knows")
          .isEqualTo(200);
    }
  }
}
