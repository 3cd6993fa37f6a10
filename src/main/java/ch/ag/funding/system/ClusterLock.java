package ch.ag.funding.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets a scheduled task run on one node of a cluster at a time: on PostgreSQL it holds an
 * advisory lock named after the task while it runs, and a node that finds the lock taken skips
 * its turn. The lock belongs to a database session, so a node that dies mid-run frees it. On H2
 * (one node, the demo) the task simply runs.
 */
@Component
public class ClusterLock {

  /** The first half of the two-part advisory lock keys of scheduled tasks. */
  private static final int TASKS = 0x46554e44; // "FUND"
  private static final Logger LOG = LoggerFactory.getLogger(ClusterLock.class);

  private final DataSource dataSource;

  ClusterLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs {@code task} unless another node runs the task of that name; says whether it ran. */
  public boolean runExclusively(String name, Runnable task) {
    try (Connection connection = dataSource.getConnection()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        task.run();
        return true;
      }
      if (!lock(connection, "select pg_try_advisory_lock(?, hashtext(?))", name)) {
        LOG.info("{} runs on another node; skipped here", name);
        return false;
      }
      try {
        task.run();
        return true;
      } finally {
        // the connection goes back to the pool: the session's lock must go now
        lock(connection, "select pg_advisory_unlock(?, hashtext(?))", name);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cluster lock " + name + ": " + e.getMessage(), e);
    }
  }

  private static boolean lock(Connection connection, String sql, String name)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, TASKS);
      statement.setString(2, name);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }
}
