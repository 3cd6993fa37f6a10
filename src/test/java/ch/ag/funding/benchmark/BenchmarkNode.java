package ch.ag.funding.benchmark;

import ch.ag.funding.cluster.ClusterNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One node of the application for a measurement: a {@link ClusterNode} (the packaged jar as a
 * JVM of its own) on a benchmark database, with the demo users (caseworkers to drive the cases),
 * the project's own job executor and outbox settings, and the portal's rate limit switched off by
 * configuration (domain.md §7); plus what the benchmark reads from it (start-up time, memory,
 * CPU, {@code jcmd}). Its log goes to {@code target/benchmark/logs}.
 */
final class BenchmarkNode implements AutoCloseable {

  private static final Pattern G1_USED = Pattern.compile("heap\\s+total\\s+(\\d+)K, used (\\d+)K");

  final String name;
  final Duration startup;
  private final ClusterNode node;

  private BenchmarkNode(String name, ClusterNode node, Duration startup) {
    this.name = name;
    this.node = node;
    this.startup = startup;
  }

  /** Starts the node and waits until its health endpoint says UP. */
  static BenchmarkNode start(String name, BenchmarkSettings settings, BenchmarkDatabase database,
      boolean jobExecutor, Map<String, String> extraProperties) {
    ClusterNode.Builder builder = ClusterNode.builder(name, database.url())
        .jar(settings.jar())
        .profiles("demo,postgres")
        .credentials(database.username(), database.password())
        .jvmOptions(settings.nodeJvmOptions())
        .projectTimings()
        .logDirectory(settings.outputDirectory().resolve("logs"))
        .startTimeout(Duration.ofMinutes(4))
        // two cores need no more; keeps two nodes and a parallel cluster within max_connections
        .environment("DATABASE_POOL_SIZE", System.getProperty("benchmark.pool", "10"))
        .argument("--camunda.bpm.job-execution.enabled=" + jobExecutor,
            // the job log records the node that ran a job (ACT_HI_JOB_LOG.HOSTNAME_)
            "--camunda.bpm.generic-properties.properties.hostname=" + name);
    extraProperties.forEach((key, value) -> builder.argument("--" + key + "=" + value));
    long started = System.nanoTime();
    ClusterNode node = builder.start();
    return new BenchmarkNode(name, node, Duration.ofNanos(System.nanoTime() - started));
  }

  String baseUrl() {
    return node.baseUrl();
  }

  long pid() {
    return node.pid();
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

  /** An orderly stop (SIGTERM), killed if it takes longer than a minute. */
  @Override
  public void close() {
    node.stop();
  }
}
