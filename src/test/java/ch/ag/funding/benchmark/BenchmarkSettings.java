package ch.ag.funding.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's settings, from system properties ({@code -Dbenchmark.cases=...}) with defaults
 * sized so that a whole run takes about 15 minutes on two cores.
 */
record BenchmarkSettings(
    Path jar,
    Path outputDirectory,
    String serverUrl,
    String username,
    String password,
    Set<String> scenarios,
    int cases,
    int caseworkers,
    int tasks,
    int seeders,
    int templates,
    int tasklistRepetitions,
    int timers,
    int portalClients,
    int portalRequestsPerClient,
    List<String> nodeJvmOptions,
    boolean keepDatabases) {

  static BenchmarkSettings fromSystemProperties() {
    return new BenchmarkSettings(
        Path.of(required("benchmark.jar")),
        Path.of(System.getProperty("benchmark.output", "target/benchmark")),
        setting("benchmark.database.url", "TEST_DATABASE_URL",
            "jdbc:postgresql://127.0.0.1:5432/funding_test"),
        setting("benchmark.database.username", "TEST_DATABASE_USERNAME", "funding_test"),
        setting("benchmark.database.password", "TEST_DATABASE_PASSWORD", "funding_test"),
        Set.copyOf(Arrays.asList(System.getProperty("benchmark.scenarios",
            "startup,portal,lifecycle,tasklist,timers").split(","))),
        Integer.getInteger("benchmark.cases", 200),
        Integer.getInteger("benchmark.caseworkers", 4),
        Integer.getInteger("benchmark.tasks", 50_000),
        Integer.getInteger("benchmark.seeders", 6),
        Integer.getInteger("benchmark.templates", 500),
        Integer.getInteger("benchmark.tasklist.repetitions", 100),
        Integer.getInteger("benchmark.timers", 10_000),
        Integer.getInteger("benchmark.portal.clients", 16),
        Integer.getInteger("benchmark.portal.requests", 50),
        Arrays.stream(System.getProperty("benchmark.node.jvm", "-Xmx1g").split("\\s+"))
            .filter(option -> !option.isBlank()).toList(),
        Boolean.getBoolean("benchmark.keep-databases"));
  }

  /**
   * How many of {@code cases} to start over REST: all of them, or (when they divide evenly)
   * {@code benchmark.templates} of them, which {@link CaseCloner} then multiplies.
   */
  int startedOverRest(int cases) {
    return templates > 0 && templates < cases && cases % templates == 0 ? templates : cases;
  }

  boolean runs(String scenario) {
    return scenarios.contains(scenario);
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("-D" + name + " is missing (the packaged jar)");
    }
    return value;
  }

  private static String setting(String property, String environment, String fallback) {
    String value = System.getProperty(property, System.getenv(environment));
    return value == null || value.isBlank() ? fallback : value;
  }
}
