package ch.ag.funding.benchmark;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Start-up and memory of one node, then the portal under 16 concurrent clients: each client
 * submits an application ({@code POST /api/applications}) and opens its status page
 * ({@code GET /status/{token}} from the answer's statusUrl), again and again.
 */
final class PortalBenchmark {

  private final BenchmarkSettings settings;

  PortalBenchmark(BenchmarkSettings settings) {
    this.settings = settings;
  }

  /** Start-up on an empty database (schema, migrations, seed) and again on the same one. */
  Map<String, Object> startup() throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    try (BenchmarkDatabase database = BenchmarkDatabase.create(settings, "startup")) {
      try (BenchmarkNode first = BenchmarkNode.start("startup-first", settings, database, true,
          Map.of())) {
        result.put("firstStartOnEmptyDatabaseSeconds", seconds(first.startup.toMillis()));
      }
      try (BenchmarkNode node = BenchmarkNode.start("startup-restart", settings, database,
          true, Map.of())) {
        result.put("startSeconds", seconds(node.startup.toMillis()));
        Thread.sleep(5_000);
        result.put("heapAfterGcMiB", Latencies.round(node.heapAfterGcMiB()));
        result.put("rssMiB", Latencies.round(node.rssMiB()));
      }
    }
    result.put("jvmOptions", settings.nodeJvmOptions());
    result.put("measuredAs", "process start to /actuator/health UP; heap used after jcmd"
        + " GC.run (GC.heap_info), VmRSS from /proc/<pid>/status, node idle 5 s after start");
    return result;
  }

  Map<String, Object> portal() throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    try (BenchmarkDatabase database = BenchmarkDatabase.create(settings, "portal");
        BenchmarkNode node = BenchmarkNode.start("portal", settings, database, true,
            Map.of())) {
      BenchmarkHttp http = new BenchmarkHttp(node.baseUrl());
      BenchmarkCases.setLargeBudgets(http);
      int clients = settings.portalClients();
      AtomicInteger numbers = new AtomicInteger();
      // warm-up: 10 rounds per client, not measured
      run(http, clients, clients * 10, numbers, new Latencies(), new Latencies());
      Latencies submissions = new Latencies();
      Latencies statusPages = new Latencies();
      long started = System.nanoTime();
      int rounds = clients * settings.portalRequestsPerClient();
      run(http, clients, rounds, numbers, submissions, statusPages);
      double seconds = (System.nanoTime() - started) / 1e9;
      result.put("clients", clients);
      result.put("submissions", submissions.summary());
      result.put("statusPages", statusPages.summary());
      result.put("requestsPerSecond", Latencies.round(2 * rounds / seconds));
      result.put("bare", bare(http, clients, rounds));
    }
    result.put("measuredAs", "each client in a loop: POST /api/applications (a valid larger"
        + " project, 201) then GET of the returned status page (200); after 10 rounds per client"
        + " of warm-up; rate limit off (funding.portal.rate-limit.enabled=false). bare: the"
        + " engine's floor for the same two requests on the same node, as admin over"
        + " /engine-rest: POST /process-definition/key/" + BenchmarkCases.BARE_KEY + "/start with"
        + " the variables a submitted case has (200), then GET /process-instance/{id}/variables"
        + " (200), with the same warm-up and rounds");
    return result;
  }

  /**
   * The bare engine under the same load: each client starts the baseline model with a submitted
   * case's variables and reads them back, so the figures show what the engine itself needs for
   * "accept an application, then show it" on this machine, without the portal's work.
   */
  private static Map<String, Object> bare(BenchmarkHttp http, int clients, int rounds)
      throws Exception {
    BenchmarkCases.deployBareModel(http);
    BenchmarkHttp admin = http.as(BenchmarkCases.ADMIN, BenchmarkCases.PASSWORD);
    AtomicInteger numbers = new AtomicInteger();
    runBare(admin, clients, clients * 10, numbers, new Latencies(), new Latencies());
    Latencies starts = new Latencies();
    Latencies reads = new Latencies();
    long started = System.nanoTime();
    runBare(admin, clients, rounds, numbers, starts, reads);
    double seconds = (System.nanoTime() - started) / 1e9;
    Map<String, Object> bare = new LinkedHashMap<>();
    bare.put("starts", starts.summary());
    bare.put("variableReads", reads.summary());
    bare.put("requestsPerSecond", Latencies.round(2 * rounds / seconds));
    return bare;
  }

  private static void runBare(BenchmarkHttp admin, int clients, int rounds,
      AtomicInteger numbers, Latencies starts, Latencies reads) throws Exception {
    BenchmarkCases.parallel(clients, rounds, round -> {
      String reference = "BARE-" + numbers.incrementAndGet();
      Map<String, Object> variables = BenchmarkCases.caseVariables("rif-baden", reference);
      String instance = starts.time(() -> admin.post("/engine-rest/process-definition/key/"
              + BenchmarkCases.BARE_KEY + "/start",
              Map.of("businessKey", reference, "variables", variables)))
          .expect(200, "bare start").json().get("id").asText();
      reads.time(() -> admin.get("/engine-rest/process-instance/" + instance + "/variables"))
          .expect(200, "bare variables");
    });
  }

  private static void run(BenchmarkHttp http, int clients, int rounds, AtomicInteger numbers,
      Latencies submissions, Latencies statusPages) throws Exception {
    BenchmarkCases.parallel(clients, rounds, round -> {
      BenchmarkHttp.Response created = submissions.time(() -> http.post("/api/applications",
          BenchmarkCases.application(numbers.incrementAndGet())))
          .expect(201, "submission");
      String statusPath = URI.create(created.json().get("statusUrl").asText()).getPath();
      statusPages.time(() -> http.page(statusPath)).expect(200, "status page");
    });
  }

  private static double seconds(long millis) {
    return Latencies.round(millis / 1000.0);
  }
}
