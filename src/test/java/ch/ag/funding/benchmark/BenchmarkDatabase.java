package ch.ag.funding.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh PostgreSQL database for one scenario, created like the integration tests' databases
 * (the role needs CREATEDB), and the server's statistics of it: committed and rolled-back
 * transactions and the time its backends were active ({@code pg_stat_database}).
 */
final class BenchmarkDatabase implements AutoCloseable {

  private static final Pattern JDBC_URL =
      Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");

  private final BenchmarkSettings settings;
  private final String name;
  private final String url;

  private BenchmarkDatabase(BenchmarkSettings settings, String name, String url) {
    this.settings = settings;
    this.name = name;
    this.url = url;
  }

  static BenchmarkDatabase create(BenchmarkSettings settings, String purpose) {
    Matcher matcher = JDBC_URL.matcher(settings.serverUrl());
    if (!matcher.matches()) {
      throw new IllegalStateException("not a PostgreSQL JDBC URL: " + settings.serverUrl());
    }
    String name = "funding_bench_" + purpose + "_"
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"));
    execute(settings, settings.serverUrl(), "create database " + name);
    String url = matcher.group(1) + name + (matcher.group(3) == null ? "" : matcher.group(3));
    return new BenchmarkDatabase(settings, name, url);
  }

  String name() {
    return name;
  }

  String url() {
    return url;
  }

  String username() {
    return settings.username();
  }

  String password() {
    return settings.password();
  }

  /** Transactions (commits + rollbacks) of this database so far, as the server counts them. */
  long transactions() {
    return statistic("xact_commit + xact_rollback");
  }

  /** Milliseconds the database's backends spent executing statements so far. */
  long activeMillis() {
    return statistic("active_time::bigint");
  }

  /**
   * Waits until the backends' pending statistics are flushed: PostgreSQL 15 flushes an idle
   * backend's counters within 10 seconds.
   */
  static void awaitStatisticsFlushed() throws InterruptedException {
    Thread.sleep(11_500);
  }

  /** Reads one statistic through the server's maintenance database, not this one. */
  private long statistic(String expression) {
    try (Connection connection = DriverManager.getConnection(settings.serverUrl(),
        settings.username(), settings.password());
        Statement statement = connection.createStatement()) {
      statement.execute("select pg_stat_clear_snapshot()");
      try (ResultSet result = statement.executeQuery("select " + expression
          + " from pg_stat_database where datname = '" + name + "'")) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs a query on this database that answers one number. */
  long queryLong(String sql, Object... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  int update(String sql, Object... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, settings.username(), settings.password());
  }

  private static void execute(BenchmarkSettings settings, String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url, settings.username(),
        settings.password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot run '" + sql + "' (the role needs CREATEDB)", e);
    }
  }

  /** Drops the database once its nodes are stopped, unless -Dbenchmark.keep-databases. */
  @Override
  public void close() {
    if (!settings.keepDatabases()) {
      execute(settings, settings.serverUrl(), "drop database if exists " + name
          + " with (force)");
    }
  }
}
