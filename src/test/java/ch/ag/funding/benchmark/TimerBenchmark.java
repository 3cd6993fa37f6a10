package ch.ag.funding.benchmark;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Due report reminders drained by the job executor of one node, then of two nodes on one
 * database. The cases are started at {@code submitReport} with the reminder a day ahead (as
 * ReportReminderLoadIT does, but over REST); then the reminders' timer jobs are made due at once
 * by moving their due date to now, in one statement, which starts the clock. Proof per run: each
 * case passed "An Bericht erinnern" exactly once, queued exactly one reminder mail, the job log
 * has one successful execution per job, nothing is left and there is no incident.
 */
final class TimerBenchmark {

  private static final String REMINDER_JOBS = "select count(*) from act_ru_job j join"
      + " act_ru_jobdef d on d.id_ = j.job_def_id_ where d.act_id_ = 'Event_ReportReminderDue'";

  private final BenchmarkSettings settings;

  TimerBenchmark(BenchmarkSettings settings) {
    this.settings = settings;
  }

  Map<String, Object> run() throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("timers", settings.timers());
    result.put("oneNode", drain(1));
    result.put("twoNodes", drain(2));
    result.put("measuredAs", "time from moving the reminders' due dates to now until no"
        + " reminder job is left; default job executor settings of the project; node CPU from"
        + " /proc, database busy time from pg_stat_database.active_time, a JFR execution"
        + " profile (one-node run) classified by the frames on the stack");
    return result;
  }

  private Map<String, Object> drain(int nodes) throws Exception {
    Map<String, Object> run = new LinkedHashMap<>();
    String purpose = nodes == 1 ? "timers1" : "timers2";
    try (BenchmarkDatabase database = BenchmarkDatabase.create(settings, purpose)) {
      List<BenchmarkNode> started = new ArrayList<>();
      try {
        for (int i = 0; i < nodes; i++) {
          started.add(BenchmarkNode.start(purpose + "-node-" + (char) ('a' + i), settings,
              database, true, Map.of()));
        }
        BenchmarkHttp http = new BenchmarkHttp(started.get(0).baseUrl());
        run.putAll(CaseCloner.seed(settings, database, settings.timers(),
            cases -> seed(http, cases, settings.seeders())));
        if (database.queryLong(REMINDER_JOBS) != settings.timers()) {
          throw new IllegalStateException("not every case has its reminder timer");
        }
        Path recording = settings.outputDirectory().resolve(purpose + ".jfr").toAbsolutePath();
        if (nodes == 1) {
          started.get(0).jcmd("JFR.start", "name=drain", "settings=profile");
        }
        BenchmarkDatabase.awaitStatisticsFlushed();
        long transactionsBefore = database.transactions();
        long activeBefore = database.activeMillis();
        List<Double> cpuBefore = new ArrayList<>();
        for (BenchmarkNode node : started) {
          cpuBefore.add(node.cpuSeconds());
        }

        long begin = System.nanoTime();
        int due = database.update("update act_ru_job set duedate_ = ? where job_def_id_ in"
            + " (select id_ from act_ru_jobdef where act_id_ = 'Event_ReportReminderDue')",
            new Timestamp(System.currentTimeMillis() - 1000));
        long left = due;
        long deadline = begin + Duration.ofMinutes(15).toNanos();
        double firstSeconds = Double.NaN;
        while (left > 0 && System.nanoTime() < deadline) {
          Thread.sleep(200);
          left = database.queryLong(REMINDER_JOBS);
          if (left < due && Double.isNaN(firstSeconds)) {
            firstSeconds = (System.nanoTime() - begin) / 1e9;
          }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        if (nodes == 1) {
          started.get(0).jcmd("JFR.stop", "name=drain", "filename=" + recording);
        }
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < started.size(); i++) {
          cpu.add(Latencies.round(started.get(i).cpuSeconds() - cpuBefore.get(i)));
        }
        BenchmarkDatabase.awaitStatisticsFlushed();

        run.put("nodes", nodes);
        run.put("madeDue", due);
        run.put("left", left);
        run.put("seconds", Latencies.round(seconds));
        run.put("remindersPerSecond", Latencies.round(due / seconds));
        // the job executor sleeps up to its max-wait (60 s) when it found nothing before
        run.put("untilFirstDoneSeconds", Latencies.round(firstSeconds));
        run.put("drainAfterFirstSeconds", Latencies.round(seconds - firstSeconds));
        run.put("proof", proof(database));
        run.put("jobsByNode", jobsByNode(database));
        run.put("nodeCpuSeconds", cpu);
        run.put("databaseActiveSeconds",
            Latencies.round((database.activeMillis() - activeBefore) / 1000.0));
        run.put("transactionsPerReminder", Latencies.round(
            (double) (database.transactions() - transactionsBefore) / due));
        if (nodes == 1) {
          run.put("profile", profile(recording));
        }
      } finally {
        for (BenchmarkNode node : started) {
          node.close();
        }
      }
    }
    return run;
  }

  /** Cases waiting for their final report, the reminder due in a day, spread over the RIF. */
  private static void seed(BenchmarkHttp http, int cases, int threads) throws Exception {
    BenchmarkHttp admin = http.as(BenchmarkCases.ADMIN, BenchmarkCases.PASSWORD);
    Instant now = Instant.now();
    BenchmarkCases.parallel(threads, cases, number -> {
      String office = BenchmarkCases.RIF_OFFICES.get(number % BenchmarkCases.RIF_OFFICES.size());
      String reference = String.format("SI-2031-%05d", number);
      Map<String, Object> variables = BenchmarkCases.caseVariables(office, reference);
      variables.put("approvedAmount", BenchmarkCases.typed(10000.0, "Double"));
      variables.put("advanceAmount", BenchmarkCases.typed(8000.0, "Double"));
      variables.put("reportKind", Map.of("value", "FINAL"));
      variables.put("reportKindLabel", Map.of("value", "Schlussbericht"));
      variables.put("reportDueDate", Map.of("value", "2031-01-31"));
      variables.put("reportDueAt", BenchmarkCases.date(Date.from(now.plus(Duration.ofDays(15)))));
      variables.put("reportReminderAt",
          BenchmarkCases.date(Date.from(now.plus(Duration.ofDays(1)))));
      variables.put("dunned", Map.of("value", false));
      admin.post("/engine-rest/process-definition/key/fundingApplication/start", Map.of(
          "businessKey", reference, "variables", variables,
          "startInstructions", List.of(Map.of("type", "startBeforeActivity",
              "activityId", "submitReport")))).expect(200, "seeding " + reference);
    });
  }

  private Map<String, Object> proof(BenchmarkDatabase database) {
    Map<String, Object> proof = new LinkedHashMap<>();
    proof.put("remindReportPassages", database.queryLong(
        "select count(*) from act_hi_actinst where act_id_ = 'remindReport'"));
    proof.put("casesReminded", database.queryLong(
        "select count(distinct proc_inst_id_) from act_hi_actinst where act_id_ = 'remindReport'"));
    proof.put("casesRemindedTwice", database.queryLong("select count(*) from (select"
        + " proc_inst_id_ from act_hi_actinst where act_id_ = 'remindReport' group by"
        + " proc_inst_id_ having count(*) > 1) twice"));
    proof.put("reminderMails", database.queryLong(
        "select count(*) from mail_outbox where purpose = 'REPORT_REMINDER'"));
    proof.put("reminderMailsDistinctMessageIds", database.queryLong(
        "select count(distinct message_id) from mail_outbox where purpose = 'REPORT_REMINDER'"));
    proof.put("successfulJobExecutions", database.queryLong("select count(*) from"
        + " act_hi_job_log l join act_ru_jobdef d on d.id_ = l.job_def_id_ where d.act_id_ ="
        + " 'Event_ReportReminderDue' and l.job_state_ = 2"));
    proof.put("failedJobExecutions", database.queryLong("select count(*) from act_hi_job_log l"
        + " join act_ru_jobdef d on d.id_ = l.job_def_id_ where d.act_id_ ="
        + " 'Event_ReportReminderDue' and l.job_state_ = 1"));
    proof.put("incidents", database.queryLong("select count(*) from act_ru_incident"));
    proof.put("casesStillAwaitingReport", database.queryLong(
        "select count(*) from act_ru_task where task_def_key_ = 'submitReport'"));
    long cases = settings.timers();
    proof.put("noneTwiceNoneLost", proof.get("remindReportPassages").equals(cases)
        && proof.get("casesReminded").equals(cases)
        && proof.get("casesRemindedTwice").equals(0L)
        && proof.get("reminderMails").equals(cases)
        && proof.get("reminderMailsDistinctMessageIds").equals(cases)
        && proof.get("successfulJobExecutions").equals(cases)
        && proof.get("incidents").equals(0L)
        && proof.get("casesStillAwaitingReport").equals(cases));
    return proof;
  }

  private static Map<String, Object> jobsByNode(BenchmarkDatabase database) throws Exception {
    Map<String, Object> byNode = new LinkedHashMap<>();
    try (var connection = database.connect();
        var statement = connection.createStatement();
        var rows = statement.executeQuery("select l.hostname_, count(*) from act_hi_job_log l"
            + " join act_ru_jobdef d on d.id_ = l.job_def_id_ where d.act_id_ ="
            + " 'Event_ReportReminderDue' and l.job_state_ = 2 group by l.hostname_"
            + " order by 1")) {
      while (rows.next()) {
        byNode.put(rows.getString(1), rows.getLong(2));
      }
    }
    return byNode;
  }

  /**
   * Where the node's CPU went while draining: the JFR execution samples, each counted once under
   * the first category its stack shows (from the top): the PostgreSQL driver, the project's code,
   * job acquisition, the rest of the engine (persistence, history, MyBatis included), other.
   */
  static Map<String, Object> profile(Path recording) throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String category : List.of("projectCode", "jdbcDriver", "jobAcquisition",
        "engineAndMyBatis", "other")) {
      counts.put(category, 0L);
    }
    long total = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null) {
        continue;
      }
      total++;
      counts.merge(category(event.getStackTrace().getFrames()), 1L, Long::sum);
    }
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("samples", total);
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      profile.put(entry.getKey() + "Percent",
          total == 0 ? 0 : Latencies.round(100.0 * entry.getValue() / total));
    }
    profile.put("recording", recording.toString());
    return profile;
  }

  /**
   * The project's command interceptor, which every engine command passes through (and which
   * does nothing in the job executor's commands): its frame alone does not make a sample the
   * project's code.
   */
  private static final String PASS_THROUGH = "ch.ag.funding.system.StaffQueryPlanningPlugin";

  private static String category(List<RecordedFrame> frames) {
    boolean project = false;
    boolean acquisition = false;
    boolean engine = false;
    String top = frames.isEmpty() ? "" : frames.get(0).getMethod().getType().getName();
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      project |= type.startsWith("ch.ag.funding") && !type.startsWith(PASS_THROUGH);
      acquisition |= type.contains("AcquireJobsRunnable") || type.contains("AcquireJobsCmd");
      engine |= type.startsWith("org.camunda") || type.startsWith("org.apache.ibatis");
    }
    if (top.startsWith("org.postgresql")) {
      return "jdbcDriver";
    }
    if (acquisition) {
      return "jobAcquisition";
    }
    if (project) {
      return "projectCode";
    }
    return engine ? "engineAndMyBatis" : "other";
  }
}
