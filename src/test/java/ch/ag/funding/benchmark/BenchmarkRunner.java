package ch.ag.funding.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark suite (README "Benchmarks"): runs the scenarios against nodes started from the
 * packaged jar on PostgreSQL, writes each scenario's figures to
 * {@code target/benchmark/<scenario>.json} and prints a short table. Never a test: run it with
 * {@code ./mvnw -Pbenchmark verify}.
 */
public final class BenchmarkRunner {

  private static final Logger LOG = LoggerFactory.getLogger(BenchmarkRunner.class);

  private BenchmarkRunner() {}

  public static void main(String[] args) throws Exception {
    BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    Files.createDirectories(settings.outputDirectory());
    Map<String, Object> conditions = conditions(settings);
    write(settings, "conditions", conditions);

    Map<String, Map<String, Object>> results = new LinkedHashMap<>();
    PortalBenchmark portal = new PortalBenchmark(settings);
    scenario(settings, results, "startup", portal::startup);
    scenario(settings, results, "portal", portal::portal);
    scenario(settings, results, "lifecycle", () -> new LifecycleBenchmark(settings).run());
    scenario(settings, results, "tasklist", () -> new TasklistBenchmark(settings).run());
    scenario(settings, results, "timers", () -> new TimerBenchmark(settings).run());

    conditions.put("loadAverageAfter", loadAverage());
    conditions.put("finished", Instant.now().toString());
    write(settings, "conditions", conditions);
    String table = BenchmarkTable.render(BenchmarkHttp.JSON.valueToTree(results), conditions);
    Files.writeString(settings.outputDirectory().resolve("summary.txt"), table);
    System.out.println(table);
    List<String> failed = results.entrySet().stream()
        .filter(result -> result.getValue().containsKey("error")).map(Map.Entry::getKey).toList();
    if (!failed.isEmpty()) {
      // the other scenarios' figures are written; the build still fails, so that no one takes
      // a run with a broken scenario for a complete one
      throw new IllegalStateException("benchmark scenarios failed: " + failed
          + " (see the log above and target/benchmark/<scenario>.json)");
    }
  }

  private interface Scenario {
    Map<String, Object> run() throws Exception;
  }

  private static void scenario(BenchmarkSettings settings,
      Map<String, Map<String, Object>> results, String name, Scenario scenario) throws Exception {
    if (!settings.runs(name)) {
      return;
    }
    LOG.info("benchmark scenario {} starts", name);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("started", Instant.now().toString());
    result.put("loadAverageBefore", loadAverage());
    try {
      result.putAll(scenario.run());
    } catch (Exception | AssertionError e) {
      LOG.error("benchmark scenario {} failed", name, e);
      result.put("error", String.valueOf(e));
    }
    result.put("finished", Instant.now().toString());
    results.put(name, result);
    write(settings, name, result);
    LOG.info("benchmark scenario {}: {}", name, BenchmarkCases.write(result));
  }

  private static void write(BenchmarkSettings settings, String name, Object result)
      throws Exception {
    BenchmarkHttp.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(
        settings.outputDirectory().resolve(name + ".json").toFile(), result);
  }

  private static Map<String, Object> conditions(BenchmarkSettings settings) throws Exception {
    Map<String, Object> conditions = new LinkedHashMap<>();
    conditions.put("started", Instant.now().toString());
    conditions.put("cores", Runtime.getRuntime().availableProcessors());
    conditions.put("cpu", cpuModel());
    conditions.put("memoryMiB", memoryMiB());
    conditions.put("java", System.getProperty("java.vm.name") + " "
        + System.getProperty("java.version"));
    conditions.put("loadAverageBefore", loadAverage());
    conditions.put("database", settings.serverUrl());
    conditions.put("settings", Map.of("cases", settings.cases(), "caseworkers",
        settings.caseworkers(), "tasks", settings.tasks(), "timers", settings.timers(),
        "portalClients", settings.portalClients(), "portalRequestsPerClient",
        settings.portalRequestsPerClient(), "nodeJvmOptions", settings.nodeJvmOptions()));
    return conditions;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name")).findFirst()
          .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown");
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static long memoryMiB() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(line -> line.startsWith("MemTotal:")).findFirst()
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).orElse(0L);
    } catch (Exception e) {
      return 0;
    }
  }

  /** The short table printed at the end (and written to summary.txt). */
  static final class BenchmarkTable {

    private BenchmarkTable() {}

    static String render(JsonNode results, Map<String, Object> conditions) {
      List<String[]> rows = new ArrayList<>();
      JsonNode lifecycle = results.path("lifecycle");
      if (!lifecycle.isMissingNode()) {
        rows.add(row("life-cycle throughput (cases/s)", lifecycle.at("/real/casesPerSecond"),
            "bare " + text(lifecycle.at("/bare/casesPerSecond")) + " cases/s"));
        rows.add(row("  ratio to bare engine", lifecycle.path("ratio"), "goal >= 0.8"));
        if (!lifecycle.path("bareWithData").isMissingNode()) {
          rows.add(row("  ratio to bare engine with data", lifecycle.path("ratioToBareWithData"),
              "bare with a case's variables " + text(lifecycle.at("/bareWithData/casesPerSecond"))
                  + " cases/s"));
        }
        rows.add(row("  DB transactions per case", lifecycle.at("/real/transactionsPerCase"),
            "bare " + text(lifecycle.at("/bare/transactionsPerCase"))));
        error(rows, lifecycle);
      }
      JsonNode tasklist = results.path("tasklist");
      if (!tasklist.isMissingNode()) {
        rows.add(row("Tasklist open tasks", tasklist.path("openTasks"), ""));
        tasklist.path("users").properties().forEach(user -> user.getValue().properties()
            .forEach(filter -> rows.add(row("  " + user.getKey() + " «"
                + filter.getKey() + "» page p50/p95/p99 ms",
                filter.getValue().at("/firstPage/p50Ms"), text(filter.getValue()
                    .at("/firstPage/p95Ms")) + " / " + text(filter.getValue()
                    .at("/firstPage/p99Ms")) + "  count p95 " + text(filter.getValue()
                    .at("/count/p95Ms")) + " (" + text(filter.getValue().path("tasks"))
                    + " tasks; goal p95 <= 50)" + (filter.getValue()
                    .has("withoutAuthorizationCheck") ? "; as admin without authorization"
                    + " check p95 " + text(filter.getValue()
                    .at("/withoutAuthorizationCheck/firstPage/p95Ms")) : "")))));
        error(rows, tasklist);
      }
      JsonNode timers = results.path("timers");
      if (!timers.isMissingNode()) {
        for (String run : List.of("oneNode", "twoNodes")) {
          JsonNode figures = timers.path(run);
          rows.add(row(text(timers.path("timers")) + " reminders, " + run + " (s)",
              figures.path("seconds"), "none twice, none lost: "
                  + text(figures.at("/proof/noneTwiceNoneLost")) + "; by node "
                  + figures.path("jobsByNode") + (run.equals("oneNode") ? "; goal <= 60 s" : "")));
        }
        error(rows, timers);
      }
      JsonNode portal = results.path("portal");
      if (!portal.isMissingNode()) {
        rows.add(row("portal POST /api/applications p50 (ms)", portal.at("/submissions/p50Ms"),
            "p95 " + text(portal.at("/submissions/p95Ms")) + " at "
                + text(portal.path("clients")) + " clients; goal p95 <= 150"));
        rows.add(row("portal status page p50 (ms)", portal.at("/statusPages/p50Ms"),
            "p95 " + text(portal.at("/statusPages/p95Ms"))));
        if (!portal.path("bare").isMissingNode()) {
          rows.add(row("  bare engine: start p50 (ms)", portal.at("/bare/starts/p50Ms"),
              "p95 " + text(portal.at("/bare/starts/p95Ms")) + "; variables p50 "
                  + text(portal.at("/bare/variableReads/p50Ms")) + " p95 "
                  + text(portal.at("/bare/variableReads/p95Ms"))));
        }
        error(rows, portal);
      }
      JsonNode startup = results.path("startup");
      if (!startup.isMissingNode()) {
        rows.add(row("start-up (s)", startup.path("startSeconds"), "empty database "
            + text(startup.path("firstStartOnEmptyDatabaseSeconds")) + " s"));
        rows.add(row("heap after GC / RSS (MiB)", startup.path("heapAfterGcMiB"),
            "RSS " + text(startup.path("rssMiB"))));
        error(rows, startup);
      }
      StringBuilder table = new StringBuilder();
      table.append(String.format(Locale.ROOT, "%nBenchmark (%s cores, load before %s, after %s)%n",
          conditions.get("cores"), conditions.get("loadAverageBefore"),
          conditions.get("loadAverageAfter")));
      int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(10);
      for (String[] row : rows) {
        table.append(String.format(Locale.ROOT, "%-" + width + "s  %10s  %s%n", row[0], row[1],
            row[2]));
      }
      return table.toString();
    }

    private static void error(List<String[]> rows, JsonNode scenario) {
      if (scenario.has("error")) {
        rows.add(new String[] {"  FAILED", "", scenario.path("error").asText()});
      }
    }

    private static String[] row(String what, JsonNode value, String note) {
      return new String[] {what, text(value), note};
    }

    private static String text(JsonNode node) {
      return node == null || node.isMissingNode() ? "-" : node.asText();
    }
  }
}
