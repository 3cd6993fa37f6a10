package ch.ag.funding.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One node of the application: the packaged jar started as a JVM process of its own on a
 * benchmark database, with the demo users (caseworkers to drive the cases) and the portal's
 * rate limit switched off by configuration (domain.md §7). Minimal on purpose; a shared cluster
 * launcher may replace it.
 */
final class BenchmarkNode implements AutoCloseable {

  private static final Pattern G1_USED = Pattern.compile("heap\\s+total\\s+(\\d+)K, used (\\d+)K");

  final String name;
  final int port;
  final Process process;
  final Duration startup;

  private BenchmarkNode(String name, int port, Process process, Duration startup) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.startup = startup;
  }

  /** Starts the node and waits until its health endpoint says UP. */
  static BenchmarkNode start(String name, BenchmarkSettings settings, BenchmarkDatabase database,
      boolean jobExecutor, Map<String, String> extraProperties) throws Exception {
    int port = freePort();
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("server.port", String.valueOf(port));
    properties.put("spring.profiles.active", "demo,postgres");
    properties.put("funding.portal.rate-limit.enabled", "false");
    properties.put("funding.portal.base-url", "http://127.0.0.1:" + port);
    properties.put("camunda.bpm.job-execution.enabled", String.valueOf(jobExecutor));
    // the job log records the node that ran a job (ACT_HI_JOB_LOG.HOSTNAME_)
    properties.put("camunda.bpm.generic-properties.properties.hostname", name);
    properties.putAll(extraProperties);

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(settings.nodeJvmOptions());
    command.add("-jar");
    command.add(settings.jar().toString());
    properties.forEach((key, value) -> command.add("--" + key + "=" + value));

    Path log = settings.outputDirectory().resolve("logs").resolve(name + ".log");
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("SPRING_DATASOURCE_URL", database.url());
    builder.environment().put("SPRING_DATASOURCE_USERNAME", database.username());
    builder.environment().put("SPRING_DATASOURCE_PASSWORD", database.password());
    // two cores need no more; keeps two nodes and a parallel cluster within max_connections
    builder.environment().put("DATABASE_POOL_SIZE", System.getProperty("benchmark.pool", "10"));
    long started = System.nanoTime();
    Process process = builder.start();
    awaitHealthy(port, process, log);
    Duration startup = Duration.ofNanos(System.nanoTime() - started);
    return new BenchmarkNode(name, port, process, startup);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  long pid() {
    return process.pid();
  }

  private static void awaitHealthy(int port, Process process, Path log) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("node ended during start-up, see " + log);
      }
      try {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/actuator/health")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("node not healthy within 4 minutes, see " + log);
  }

  /** Heap used after a full GC (jcmd GC.run, GC.heap_info), in MiB. */
  double heapAfterGcMiB() throws Exception {
    jcmd("GC.run");
    String info = jcmd("GC.heap_info");
    Matcher matcher = G1_USED.matcher(info);
    if (!matcher.find()) {
      throw new IllegalStateException("unexpected GC.heap_info: " + info);
    }
    return Long.parseLong(matcher.group(2)) / 1024.0;
  }

  /** Resident set size of the node's process, in MiB. */
  double rssMiB() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    throw new IllegalStateException("no VmRSS for " + pid());
  }

  /** CPU time (user + system) the node's process used so far, in seconds. */
  double cpuSeconds() throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // fields after the command: state is [0], utime is [11], stime is [12] (clock ticks)
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
  }

  String jcmd(String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
    command.add(String.valueOf(pid()));
    command.addAll(List.of(arguments));
    Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes());
    if (!jcmd.waitFor(2, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
      throw new IllegalStateException("jcmd " + String.join(" ", arguments) + ": " + output);
    }
    return output;
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
