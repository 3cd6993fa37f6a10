package ch.ag.funding.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.Http;
import ch.ag.funding.PostgresTestDatabase;
import ch.ag.funding.submission.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A load of applications on a cluster of {@link ClusterNode}s, as an applicant's browser and the
 * RIF's caseworkers would make it, and the bookkeeping of what each client was told.
 *
 * <p>Applicants: each application (small, RIF Baden, told apart by a numbered project title) is
 * posted to the nodes in turn. A refused connection means the request never arrived: it is sent
 * to the next node. Any answer is what the applicant was told: 201 accepted, anything else
 * "told failed". A connection that breaks after the request was sent leaves the outcome unknown
 * to the applicant; it is not sent again (that could make a second case), and is counted
 * apart.
 *
 * <p>Caseworker: {@code rif-baden-demo} approves every open pre-decision through
 * {@code /engine-rest}, on the nodes in turn, until stopped.
 */
final class ClusterLoad implements AutoCloseable {

  static final String RIF_USER = "rif-baden-demo";
  private static final Logger LOG = LoggerFactory.getLogger(ClusterLoad.class);
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(3)).build();

  enum Outcome { ACCEPTED, TOLD_FAILED, UNKNOWN }

  private final String database;
  private final List<ClusterNode> nodes;
  private final String run;
  private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
  private final Map<String, String> answers = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicBoolean caseworking = new AtomicBoolean(true);
  private final AtomicInteger approvals = new AtomicInteger();
  private final ExecutorService caseworker = Executors.newSingleThreadExecutor();

  ClusterLoad(String database, List<ClusterNode> nodes, String run) {
    this.database = database;
    this.nodes = nodes;
    this.run = run;
  }

  /** Sets the RIF Baden budget high enough for every case (the demo budget is CHF 40,000). */
  void raiseBudget() {
    int year = LocalDate.parse((String) TestApplications.small().get("projectStart")).getYear();
    Http.Response response = nodes.get(0).http().as("admin", "demo")
        .put("/api/admin/budgets/rif-baden/" + year + "/KIP", Map.of("amount", 100_000_000));
    if (response.status() != 200) {
      throw new IllegalStateException("budget not set: " + response.status() + " "
          + response.body());
    }
  }

  /** The project title that tells application {@code i} apart. */
  String title(int i) {
    return "Sprachcafé Wettingen " + run + "-" + String.format("%04d", i);
  }

  /**
   * Submits {@code count} applications from {@code threads} clients; {@code events} run (each
   * in a thread of its own, the clients go on) once so many applications have been answered.
   */
  void submit(int count, int threads, Map<Integer, Runnable> events) throws InterruptedException {
    AtomicInteger answered = new AtomicInteger();
    List<Thread> started = new ArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(threads);
    for (int i = 0; i < count; i++) {
      int number = i;
      clients.execute(() -> {
        submitOne(number);
        Runnable event = events.get(answered.incrementAndGet());
        if (event != null) {
          Thread thread = new Thread(event, "fault-at-" + answered.get());
          synchronized (started) {
            started.add(thread);
          }
          thread.start();
        }
      });
    }
    clients.shutdown();
    if (!clients.awaitTermination(10, TimeUnit.MINUTES)) {
      throw new IllegalStateException("submissions did not end");
    }
    synchronized (started) {
      for (Thread thread : started) {
        thread.join();
      }
    }
  }

  private void submitOne(int number) {
    Map<String, Object> application = TestApplications.small();
    String title = title(number);
    application.put("projectTitle", title);
    String body = Http.JSON.valueToTree(application).toString();
    for (int attempt = 0; attempt < 20; attempt++) {
      ClusterNode node = nodes.get(next.getAndIncrement() % nodes.size());
      try {
        var response = CLIENT.send(HttpRequest.newBuilder(
                URI.create(node.baseUrl() + "/api/applications"))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
            BodyHandlers.ofString(StandardCharsets.UTF_8));
        outcomes.put(title, response.statusCode() == 201 ? Outcome.ACCEPTED : Outcome.TOLD_FAILED);
        answers.put(title, response.statusCode() + " " + abbreviate(response.body()));
        return;
      } catch (ConnectException notArrived) {
        pause(200); // the node is down: the next one
      } catch (IOException broken) {
        outcomes.put(title, Outcome.UNKNOWN);
        answers.put(title, "connection broken: " + broken);
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    outcomes.put(title, Outcome.TOLD_FAILED);
    answers.put(title, "no node reachable");
  }

  /** Starts the caseworker, who approves pre-decisions until {@link #close()}. */
  void startCaseworker() {
    caseworker.execute(() -> {
      int turn = 0;
      while (caseworking.get()) {
        ClusterNode node = nodes.get(turn++ % nodes.size());
        try {
          int done = approveSome(node);
          if (done == 0) {
            pause(500);
          }
        } catch (RuntimeException e) {
          pause(300); // node down or database away: try again, on the next node
        }
      }
    });
  }

  private int approveSome(ClusterNode node) {
    Http http = node.http().as(RIF_USER, "demo");
    Http.Response tasks = http.get("/engine-rest/task?processDefinitionKey=fundingApplication"
        + "&taskDefinitionKey=rifPreDecision&maxResults=10");
    if (tasks.status() != 200) {
      return 0;
    }
    int done = 0;
    for (JsonNode task : tasks.json()) {
      Http.Response completed = http.post("/engine-rest/task/" + task.get("id").asText()
          + "/complete", Map.of("variables", Map.of("rifDecision", Map.of("value", "APPROVE"))));
      if (completed.status() == 204) {
        done++;
        approvals.incrementAndGet();
      }
    }
    return done;
  }

  /**
   * Waits until the cluster has nothing left to do: no pre-decision open, no job due, no mail
   * pending; a job of a killed node waits for its lock to expire first.
   */
  void awaitDrained(Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    String state = "";
    while (Instant.now().isBefore(end)) {
      try {
        long open = count("select count(*) from act_ru_task where task_def_key_ = 'rifPreDecision'");
        long jobs = count(DUE_JOBS);
        long pending = count("select count(*) from mail_outbox where status = 'PENDING'");
        state = "open pre-decisions " + open + ", due jobs " + jobs + ", pending mails " + pending;
        if (open + jobs + pending == 0) {
          LOG.info("drained: {}", state);
          return;
        }
      } catch (IllegalStateException databaseAway) {
        state = databaseAway.getMessage();
      }
      pause(1000);
    }
    List<String> jobs = new ArrayList<>();
    query("select handler_type_, handler_cfg_, duedate_, lock_owner_, lock_exp_time_, retries_,"
        + " exception_msg_ from act_ru_job where " + DUE, row -> jobs.add(row.getString(1) + " "
        + row.getString(2) + " due " + row.getString(3) + " locked by " + row.getString(4)
        + " until " + row.getString(5) + " retries " + row.getString(6) + " "
        + row.getString(7)));
    throw new IllegalStateException("not drained within " + timeout + ": " + state + " "
        + jobs);
  }

  /**
   * Jobs that should have run by now: not the timers for weeks ahead (reminders, deadlines), nor
   * the history cleanup, which waits for its nightly window.
   */
  private static final String DUE = "handler_type_ <> 'history-cleanup'"
      + " and (duedate_ is null or duedate_ < now() + interval '1 day')";
  static final String DUE_JOBS = "select count(*) from act_ru_job where " + DUE;

  /** What the clients were told, and what the database holds. */
  Counts counts() {
    Map<String, Long> present = new HashMap<>();
    query("select v.text_, count(distinct p.id_) from act_hi_procinst p join act_hi_varinst v"
        + " on v.proc_inst_id_ = p.id_ and v.name_ = 'projectTitle'"
        + " where p.proc_def_key_ = 'fundingApplication' group by v.text_",
        row -> present.put(row.getString(1), row.getLong(2)));
    int accepted = 0;
    int toldFailed = 0;
    int unknown = 0;
    int lost = 0;
    int failedButPresent = 0;
    int unknownPresent = 0;
    for (var entry : outcomes.entrySet()) {
      long times = present.getOrDefault(entry.getKey(), 0L);
      switch (entry.getValue()) {
        case ACCEPTED -> {
          accepted++;
          lost += times == 0 ? 1 : 0;
        }
        case TOLD_FAILED -> {
          toldFailed++;
          if (times > 0) {
            failedButPresent++;
            LOG.warn("told failed but present: {} ({})", entry.getKey(), answers.get(entry.getKey()));
          }
        }
        case UNKNOWN -> {
          unknown++;
          unknownPresent += times > 0 ? 1 : 0;
        }
      }
    }
    long duplicated = present.values().stream().filter(times -> times > 1).count();
    long strangers = present.keySet().stream().filter(title -> !outcomes.containsKey(title)).count();
    return new Counts(outcomes.size(), accepted, toldFailed, unknown, unknownPresent,
        present.size(), (int) duplicated, lost, failedButPresent, (int) strangers,
        approvals.get());
  }

  /** The answers of the applications told failed, for the report. */
  List<String> failureAnswers() {
    return outcomes.entrySet().stream().filter(entry -> entry.getValue() != Outcome.ACCEPTED)
        .map(entry -> entry.getKey() + ": " + answers.get(entry.getKey())).sorted().toList();
  }

  record Counts(int submitted, int accepted, int toldFailed, int unknown, int unknownPresent,
      int present, int duplicated, int lost, int failedButPresent, int strangers,
      int approvals) {

    String line(String name) {
      return name + ": submitted=" + submitted + " accepted=" + accepted + " toldFailed="
          + toldFailed + " unknownOutcome=" + unknown + " (present " + unknownPresent + ")"
          + " present=" + present + " duplicated=" + duplicated + " lost=" + lost
          + " failedButPresent=" + failedButPresent;
    }
  }

  /**
   * Asserts that the database and the SMTP server hold exactly what the accepted applications
   * call for: each case once with one reservation and four mails (acknowledgement, notice to the
   * RIF, approval with letter, notice to the canton), each mail received, no job left, none
   * failed, no lock held, no incident. A mail may arrive twice only where a node died between
   * handing it to the SMTP server and recording it (the same Message-ID, so a receiver can tell):
   * at most {@code redundantAllowed} times. Returns a line of the mail figures.
   */
  String assertConsistent(Counts counts, MailCapture mails, int redundantAllowed) {
    assertThat(counts.duplicated()).as("applications present more than once").isZero();
    assertThat(counts.lost()).as("accepted applications missing").isZero();
    assertThat(counts.failedButPresent()).as("applications told failed but present").isZero();
    assertThat(counts.strangers()).as("cases nobody submitted").isZero();
    assertThat(counts.present()).isEqualTo(counts.accepted() + counts.unknownPresent());
    int present = counts.present();

    assertThat(count("select count(*) - count(distinct business_key_) from act_hi_procinst"))
        .as("references given twice").isZero();
    assertThat(count("select count(*) from act_ru_task where task_def_key_ = 'acceptAgreement'"))
        .as("approved cases waiting for the agreement").isEqualTo(present);
    assertThat(count("select count(*) from (select business_key from ledger_booking"
        + " where booking_type = 'RESERVATION' group by business_key having count(*) <> 1) x"))
        .as("cases with other than one reservation").isZero();
    assertThat(count("select count(distinct business_key) from ledger_booking"))
        .as("cases with a reservation").isEqualTo(present);
    for (String table : List.of("ledger_booking l where l.business_key",
        "mail_outbox m where m.reference", "status_link s where s.reference")) {
      assertThat(count("select count(*) from " + table + " not in (select business_key_"
          + " from act_hi_procinst where business_key_ is not null)"))
          .as("rows of %s without a case", table).isZero();
    }

    assertThat(count("select count(*) from mail_outbox")).as("mails queued")
        .isEqualTo(4L * present);
    assertThat(count("select count(*) from mail_outbox where status <> 'SENT'"))
        .as("mails not sent").isZero();
    assertThat(count("select count(*) - count(distinct message_id) from mail_outbox")).isZero();
    List<String> expected = new ArrayList<>();
    query("select message_id from mail_outbox", row -> expected.add(row.getString(1)));
    Map<String, Integer> received = mails.received();
    assertThat(received.keySet()).as("Message-IDs received")
        .containsExactlyInAnyOrderElementsOf(expected);
    int redundant = received.values().stream().mapToInt(times -> times - 1).sum();
    assertThat(redundant).as("mails received twice (node killed after SMTP, before commit)")
        .isLessThanOrEqualTo(redundantAllowed);

    assertThat(count(DUE_JOBS)).as("jobs left").isZero();
    assertThat(count("select count(*) from act_ru_job where retries_ = 0")).as("failed jobs")
        .isZero();
    assertThat(count("select count(*) from act_ru_job where lock_owner_ is not null"))
        .as("jobs still locked").isZero();
    assertThat(count("select count(*) from act_ru_incident")).as("incidents").isZero();
    return "mails: expected=" + expected.size() + " received=" + received.size()
        + " receivedTwice=" + redundant;
  }

  long count(String sql) {
    long[] result = new long[1];
    query(sql, row -> result[0] = row.getLong(1));
    return result[0];
  }

  interface Row {
    void accept(ResultSet row) throws SQLException;
  }

  void query(String sql, Row consumer) {
    try (Connection connection = DriverManager.getConnection(database,
            PostgresTestDatabase.username(), PostgresTestDatabase.password());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        consumer.accept(rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("database: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    caseworking.set(false);
    caseworker.shutdownNow();
  }

  private static String abbreviate(String text) {
    return text == null || text.length() < 300 ? text : text.substring(0, 300);
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
