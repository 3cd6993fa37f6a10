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
    }
    result.put("measuredAs", "each client in a loop: POST /api/applications (a valid larger"
        + " project, 201) then GET of the returned status page (200); after 10 rounds per client"
        + " of warm-up; rate limit off (funding.portal.rate-limit.enabled=false)");
    return result;
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
