package ch.ag.funding.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Lets the nodes of a cluster start one after the other on a PostgreSQL database: a node takes a
 * PostgreSQL advisory lock before anything touches the database (Flyway, Camunda's schema
 * creation, the deployment, the seeding of groups, users, filters and demo budgets) and lets go
 * of it once it is ready. Nodes started at the same moment on an empty database would otherwise
 * both create Camunda's tables and fail. The lock belongs to a connection of its own, so a node
 * that dies while starting frees it at once. Not used on H2 (one node), or when
 * {@code funding.cluster.startup-lock=false}. Registered in {@code META-INF/spring.factories},
 * since it must run before the application context exists.
 */
public final class StartupLock implements ApplicationListener<SpringApplicationEvent> {

  /** The advisory lock's key: any number of the project's own, the same on every node. */
  static final long KEY = 0x46554e44494e47L; // "FUNDING"
  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  private Connection connection;

  @Override
  public void onApplicationEvent(SpringApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      acquire(prepared.getEnvironment());
    } else if (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent) {
      release();
    }
  }

  private void acquire(ConfigurableEnvironment environment) {
    String url;
    try {
      if (!environment.getProperty("funding.cluster.startup-lock", Boolean.class, true)) {
        return;
      }
      url = environment.getProperty("spring.datasource.url");
    } catch (IllegalArgumentException notResolvableYet) {
      return; // e.g. a test that sets the database later; one node
    }
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      return;
    }
    try {
      Class.forName("org.postgresql.Driver", true, StartupLock.class.getClassLoader());
      connection = DriverManager.getConnection(url,
          environment.getProperty("spring.datasource.username"),
          environment.getProperty("spring.datasource.password"));
      try (Statement statement = connection.createStatement()) {
        if (!statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")").next()
            || !statement.getResultSet().getBoolean(1)) {
          LOG.info("Another node is starting on this database; waiting for it");
          statement.execute("select pg_advisory_lock(" + KEY + ")");
        }
      }
    } catch (ClassNotFoundException | SQLException e) {
      release();
      throw new IllegalStateException("Cannot take the start-up lock on " + url, e);
    }
  }

  private void release() {
    if (connection != null) {
      try {
        connection.close(); // ends the session, and with it the lock
      } catch (SQLException e) {
        LOG.warn("Closing the start-up lock's connection: {}", e.getMessage());
      }
      connection = null;
    }
  }
}
