package ch.ag.funding;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fresh PostgreSQL databases for the integration tests, on the server that
 * {@code TEST_DATABASE_URL} points to (set up by {@code .ci/test.sh}). Each is dropped when the
 * test JVM ends and the application has closed its connections.
 */
public final class PostgresTestDatabase {

  private static final Pattern JDBC_URL =
      Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private PostgresTestDatabase() {}

  public static String username() {
    return env("TEST_DATABASE_USERNAME");
  }

  public static String password() {
    return env("TEST_DATABASE_PASSWORD");
  }

  /**
   * Drops the database once the application context (closed by Spring's own shutdown hook, at
   * the same time) has let go of it. Not "with (force)": that would cut the closing engine's
   * connections and leave it waiting for a connection to a database that is gone. What cannot
   * be dropped in time, {@code .ci/test.sh} drops at its next run.
   */
  private static void dropWhenUnused(String serverUrl, String name) {
    for (int attempt = 0; attempt < 20; attempt++) {
      try {
        execute(serverUrl, "drop database if exists " + name);
        return;
      } catch (RuntimeException stillInUse) {
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Creates a new, empty database and returns its JDBC URL. */
  public static String create(String purpose) {
    String serverUrl = env("TEST_DATABASE_URL");
    Matcher matcher = JDBC_URL.matcher(serverUrl);
    if (!matcher.matches()) {
      throw new IllegalStateException("TEST_DATABASE_URL is not a PostgreSQL JDBC URL: " + serverUrl);
    }
    String name = "funding_it_" + purpose + "_" + ProcessHandle.current().pid() + "_"
        + COUNTER.incrementAndGet();
    execute(serverUrl, "create database " + name);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> dropWhenUnused(serverUrl, name)));
    return matcher.group(1) + name + (matcher.group(3) == null ? "" : matcher.group(3));
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url, username(), password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run '" + sql + "' on " + url
          + " (the test role needs CREATEDB)", e);
    }
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run the tests with 'bash .ci/test.sh',"
          + " which prepares PostgreSQL, or set TEST_DATABASE_URL, TEST_DATABASE_USERNAME and"
          + " TEST_DATABASE_PASSWORD");
    }
    return value;
  }
}
