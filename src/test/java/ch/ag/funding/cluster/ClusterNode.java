package ch.ag.funding.cluster;

import ch.ag.funding.Http;
import ch.ag.funding.PostgresTestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One application node as a separate JVM started from the packaged jar ({@code target/*.jar},
 * which Failsafe finds because it runs after {@code package}): profiles {@code postgres} and
 * {@code demo}, its own port, the given database, mails to an SMTP server of the test JVM, the
 * job executor on with a short lock time, and no rate limit. The process is the {@code java}
 * process itself (no shell in between), so {@link #kill()} is a real {@code kill -9}. Its output
 * goes to {@code target/cluster-nodes/<name>-<port>.log}.
 *
 * <pre>{@code
 * try (ClusterNode a = ClusterNode.builder("a", database).smtpPort(3025).start()) {
 *   a.http().post("/api/applications", body);
 *   a.kill();
 * }
 * }</pre>
 */
public final class ClusterNode implements AutoCloseable {

  private static final HttpClient HEALTH = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;

  private ClusterNode(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** A node named {@code name} (for its log file) on the given database. */
  public static Builder builder(String name, String databaseUrl) {
    return new Builder(name, databaseUrl);
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public Http http() {
    return new Http(baseUrl());
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  /** {@code kill -9}: the JVM ends at once, without shutdown hooks or closing connections. */
  public void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  /** An orderly stop (SIGTERM): Spring closes the context, the job executor stops. */
  public void stop() {
    process.destroy();
    if (!waitForExit()) {
      kill();
    }
  }

  /** Kills the node if it still runs; for {@code finally} and {@code @AfterAll}. */
  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private boolean waitForExit() {
    try {
      return process.waitFor(Duration.ofSeconds(60).toMillis(),
          java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Blocks until {@code /actuator/health} says UP; fails with the log's tail if it does not. */
  private void awaitHealthy(Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    while (Instant.now().isBefore(end)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("node " + name + " ended at start-up (exit "
            + process.exitValue() + "):\n" + tail());
      }
      try {
        var response = HEALTH.send(HttpRequest.newBuilder(
                URI.create(baseUrl() + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
            BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    kill();
    throw new IllegalStateException("node " + name + " not healthy within " + timeout + ":\n"
        + tail());
  }

  /** The last lines of the node's log, for failure messages. */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** The packaged application, {@code target/<artifact>-<version>.jar}. */
  public static Path jar() {
    Path target = Paths.get("target");
    try (Stream<Path> files = Files.list(target)) {
      List<Path> jars = files.filter(file -> file.getFileName().toString().endsWith(".jar"))
          .filter(file -> !file.getFileName().toString().endsWith("-plain.jar"))
          .filter(file -> !file.getFileName().toString().endsWith("-sources.jar"))
          .toList();
      if (jars.size() != 1) {
        throw new IllegalStateException("expected one application jar in " + target.toAbsolutePath()
            + " (run 'mvnw package' first), found " + jars);
      }
      return jars.get(0).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("no " + target.toAbsolutePath() + ": run 'mvnw package'", e);
    }
  }

  /** A port that is free now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** How a node is started; every setting has a test default. */
  public static final class Builder {

    private final String name;
    private final String databaseUrl;
    private int port;
    private Integer smtpPort;
    private String profiles = "postgres,demo";
    private boolean testTimings = true;
    private List<String> jvmOptions = List.of("-Xmx512m", "-XX:+UseSerialGC");
    private String username;
    private String password;
    private Path logDirectory = Paths.get("target", "cluster-nodes");
    private Duration startTimeout = Duration.ofMinutes(3);
    private Path jar;
    private final List<String> arguments = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();

    private Builder(String name, String databaseUrl) {
      this.name = name;
      this.databaseUrl = databaseUrl;
    }

    /** The HTTP port; a free one by default. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Mails go to this SMTP port on 127.0.0.1; without it nothing is sent. */
    public Builder smtpPort(int smtpPort) {
      this.smtpPort = smtpPort;
      return this;
    }

    /** Spring profiles, {@code postgres,demo} by default. */
    public Builder profiles(String profiles) {
      this.profiles = profiles;
      return this;
    }

    /** The JVM's options, {@code -Xmx512m -XX:+UseSerialGC} by default. */
    public Builder jvmOptions(List<String> jvmOptions) {
      this.jvmOptions = List.copyOf(jvmOptions);
      return this;
    }

    /**
     * Keeps the project's own job executor and outbox timings (application.yaml) instead of
     * the tests' short lock time, 5 s idle look and 1 s outbox round: for measurements.
     */
    public Builder projectTimings() {
      this.testTimings = false;
      return this;
    }

    /** The database account; the integration tests' one ({@link PostgresTestDatabase}) by default. */
    public Builder credentials(String username, String password) {
      this.username = username;
      this.password = password;
      return this;
    }

    /** Where {@code <name>-<port>.log} goes, {@code target/cluster-nodes} by default. */
    public Builder logDirectory(Path logDirectory) {
      this.logDirectory = logDirectory;
      return this;
    }

    /** The application jar; {@link ClusterNode#jar()} by default. */
    public Builder jar(Path jar) {
      this.jar = jar;
      return this;
    }

    /** A further environment variable of the node's process. */
    public Builder environment(String variable, String value) {
      environment.put(variable, value);
      return this;
    }

    public Builder startTimeout(Duration startTimeout) {
      this.startTimeout = startTimeout;
      return this;
    }

    /** Further Spring Boot arguments, e.g. {@code --funding.x=y}. */
    public Builder argument(String... more) {
      Collections.addAll(arguments, more);
      return this;
    }

    /** Starts the JVM without waiting for it. */
    public ClusterNode launch() {
      int httpPort = port > 0 ? port : freePort();
      Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
      List<String> command = new ArrayList<>();
      command.add(java.toString());
      command.addAll(jvmOptions);
      command.addAll(List.of("-Dfile.encoding=UTF-8", "-jar",
          (jar != null ? jar : ClusterNode.jar()).toString(),
          "--server.port=" + httpPort,
          "--funding.portal.rate-limit.enabled=false",
          "--funding.portal.base-url=http://localhost:" + httpPort));
      if (testTimings) {
        command.addAll(List.of(
            // jobs of a killed node are free again after 20 s (the project's lock time is 5 min)
            "--camunda.bpm.job-execution.lock-time-in-millis=20000",
            // an idle job executor looks for jobs at least every 5 s (10 s by default), so
            // that it finds a dead node's jobs soon after their locks expire
            "--camunda.bpm.job-execution.max-wait=5000",
            "--funding.mail.delivery-interval=PT1S"));
      }
      if (smtpPort != null) {
        command.add("--spring.mail.host=127.0.0.1");
        command.add("--spring.mail.port=" + smtpPort);
      }
      command.addAll(arguments);
      Path log = logDirectory.resolve(name + "-" + httpPort + ".log");
      try {
        Files.createDirectories(logDirectory);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(log.toFile());
        Map<String, String> variables = builder.environment();
        variables.put("SPRING_PROFILES_ACTIVE", profiles);
        variables.put("SPRING_DATASOURCE_URL", databaseUrl);
        variables.put("SPRING_DATASOURCE_USERNAME",
            username != null ? username : PostgresTestDatabase.username());
        variables.put("SPRING_DATASOURCE_PASSWORD",
            password != null ? password : PostgresTestDatabase.password());
        variables.putIfAbsent("FUNDING_ADMIN_PASSWORD", "Cluster-Test-1");
        variables.putAll(environment);
        return new ClusterNode(name, httpPort, builder.start(), log);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start node " + name, e);
      }
    }

    /** Starts the JVM and waits until it is healthy. */
    public ClusterNode start() {
      ClusterNode node = launch();
      node.awaitHealthy(startTimeout);
      return node;
    }
  }

  /** Waits until every node is healthy (after {@link Builder#launch()}); kills all on failure. */
  public static void awaitHealthy(Duration timeout, ClusterNode... nodes) {
    try {
      for (ClusterNode node : nodes) {
        node.awaitHealthy(timeout);
      }
    } catch (RuntimeException e) {
      for (ClusterNode node : nodes) {
        node.close();
      }
      throw e;
    }
  }
}
