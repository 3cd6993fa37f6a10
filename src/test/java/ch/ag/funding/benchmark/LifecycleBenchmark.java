package ch.ag.funding.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Life-cycle throughput: cases submitted through the portal's API and driven through the
 * decision phase by simulated caseworkers over the engine's REST API (the RIF pre-decides, the
 * canton approves; the approval letter's job runs on the node's job executor), until each waits
 * for the agreement. Side by side, on the same node and database, the same wait states in a
 * minimal model without delegates ({@code benchmark/bare-funding-case.bpmn}), started over REST
 * and driven by the same REST calls.
 */
final class LifecycleBenchmark {

  private static final String BARE_KEY = BenchmarkCases.BARE_KEY;
  private final BenchmarkSettings settings;

  LifecycleBenchmark(BenchmarkSettings settings) {
    this.settings = settings;
  }

  Map<String, Object> run() throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    try (BenchmarkDatabase database = BenchmarkDatabase.create(settings, "lifecycle");
        BenchmarkNode node = BenchmarkNode.start("lifecycle", settings, database, true,
            Map.of())) {
      BenchmarkHttp http = new BenchmarkHttp(node.baseUrl());
      BenchmarkCases.setLargeBudgets(http);
      BenchmarkCases.deployBareModel(http);

      int warmUp = Math.max(50, settings.cases() / 5);
      for (Model model : Model.values()) {
        phase(http, database, node, model, warmUp);
      }

      Map<String, Object> real = phase(http, database, node, Model.REAL, settings.cases());
      Map<String, Object> bare = phase(http, database, node, Model.BARE, settings.cases());
      Map<String, Object> bareWithData = phase(http, database, node, Model.BARE_WITH_DATA,
          settings.cases());
      result.put("cases", settings.cases());
      result.put("caseworkers", settings.caseworkers());
      result.put("real", real);
      result.put("bare", bare);
      result.put("bareWithData", bareWithData);
      result.put("ratio", ratio(real, bare));
      result.put("ratioToBareWithData", ratio(real, bareWithData));
    }
    result.put("measuredAs", "from the first submission until every case of the phase waits in"
        + " acceptAgreement (approval letter job done); per case: POST /api/applications (bare:"
        + " POST /engine-rest/process-definition/key/" + BARE_KEY + "/start), then as"
        + " rif-baden-demo GET /engine-rest/task?processInstanceId&taskDefinitionKey=rifPreDecision"
        + " and POST .../complete (APPROVE), then as canton-demo the same for cantonDecision"
        + " (APPROVED, 10000). bareWithData: the bare model started with the variables a"
        + " submitted case has (the application's fields, reference, office, formal checks),"
        + " which the real model stores and the plain bare start does not. The phases run in this"
        + " order (real, bare, bare with data) on one database that grows with every phase."
        + " Transactions: pg_stat_database xact_commit + xact_rollback of the benchmark database over the phase (after the stats flush), minus the benchmark's own"
        + " progress polls, divided by the cases");
    return result;
  }

  /** What a phase starts: the funding application, or the baseline with or without data. */
  private enum Model { REAL, BARE, BARE_WITH_DATA }

  private static double ratio(Map<String, Object> real, Map<String, Object> baseline) {
    return Math.round((double) real.get("casesPerSecond")
        / (double) baseline.get("casesPerSecond") * 100) / 100.0;
  }

  private Map<String, Object> phase(BenchmarkHttp http, BenchmarkDatabase database,
      BenchmarkNode node, Model model, int cases) throws Exception {
    boolean real = model == Model.REAL;
    BenchmarkDatabase.awaitStatisticsFlushed();
    long transactionsBefore = database.transactions();
    double cpuBefore = node.cpuSeconds();
    long waitingBefore = waitingForAgreement(database, real);
    AtomicLong polls = new AtomicLong(2); // the count before and the last poll
    BenchmarkHttp rif = http.as("rif-baden-demo", BenchmarkCases.PASSWORD);
    BenchmarkHttp canton = http.as("canton-demo", BenchmarkCases.PASSWORD);
    BenchmarkHttp admin = http.as(BenchmarkCases.ADMIN, BenchmarkCases.PASSWORD);
    Latencies decisions = new Latencies();

    long started = System.nanoTime();
    BenchmarkCases.parallel(settings.caseworkers(), cases, number -> {
      String instance = real
          ? http.post("/api/applications", BenchmarkCases.application(number))
              .expect(201, "submission").json().get("processInstanceId").asText()
          : admin.post("/engine-rest/process-definition/key/" + BARE_KEY + "/start",
              bareStart("BARE-" + System.nanoTime(), model == Model.BARE_WITH_DATA))
              .expect(200, "bare start").json().get("id").asText();
      decide(rif, instance, "rifPreDecision", Map.of("rifDecision", "APPROVE"), decisions);
      decide(canton, instance, "cantonDecision",
          Map.of("cantonDecision", "APPROVED", "approvedAmount", 10000), decisions);
    });
    long target = waitingBefore + cases;
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (waitingForAgreement(database, real) < target) {
      polls.incrementAndGet();
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("cases did not reach acceptAgreement in 10 minutes");
      }
      Thread.sleep(100);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpu = node.cpuSeconds() - cpuBefore;
    BenchmarkDatabase.awaitStatisticsFlushed();
    long transactions = database.transactions() - transactionsBefore - polls.get();

    Map<String, Object> phase = new LinkedHashMap<>();
    phase.put("model", real ? "fundingApplication"
        : BARE_KEY + (model == Model.BARE_WITH_DATA ? " with a case's variables" : ""));
    phase.put("seconds", Latencies.round(seconds));
    phase.put("casesPerSecond", Latencies.round(cases / seconds));
    phase.put("transactionsPerCase", Latencies.round((double) transactions / cases));
    phase.put("nodeCpuSecondsPerCase", Math.round(cpu / cases * 10000) / 10000.0);
    phase.put("decisionRequests", decisions.summary());
    return phase;
  }

  private static Map<String, Object> bareStart(String businessKey, boolean withData) {
    return withData
        ? Map.of("businessKey", businessKey,
            "variables", BenchmarkCases.caseVariables("rif-baden", businessKey))
        : Map.of("businessKey", businessKey);
  }

  private static void decide(BenchmarkHttp http, String instance, String task,
      Map<String, Object> values, Latencies decisions) {
    JsonNode tasks = http.get("/engine-rest/task?processInstanceId=" + instance
        + "&taskDefinitionKey=" + task).expect(200, task).json();
    if (tasks.size() != 1) {
      throw new IllegalStateException(task + " of " + instance + ": " + tasks);
    }
    decisions.time(() -> http.post("/engine-rest/task/" + tasks.get(0).get("id").asText()
        + "/complete", Map.of("variables", BenchmarkCases.values(values))))
        .expect(204, task + " complete");
  }

  private static long waitingForAgreement(BenchmarkDatabase database, boolean real) {
    return database.queryLong("select count(*) from act_ru_task where task_def_key_ ="
        + " 'acceptAgreement' and proc_def_id_ in (select id_ from act_re_procdef where key_ = ?)",
        real ? "fundingApplication" : BARE_KEY);
  }

}
