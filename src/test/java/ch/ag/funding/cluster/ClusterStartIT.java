package ch.ag.funding.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Two nodes of the packaged jar started at the same moment on one empty database: both come
 * up, and what the start-up creates (schema, migrations, deployment, users, groups, filters)
 * exists once.
 */
class ClusterStartIT {

  @Test
  void twoNodesStartedAtOnceOnAnEmptyDatabaseCreateEverythingOnce() throws Exception {
    String database = PostgresTestDatabase.create("cluster_start");
    ClusterNode a = ClusterNode.builder("start-a", database).launch();
    ClusterNode b = ClusterNode.builder("start-b", database).launch();
    try {
      ClusterNode.awaitHealthy(Duration.ofMinutes(3), a, b);

      assertThat(count(database, "select count(*) from act_re_procdef"
          + " where key_ = 'fundingApplication'")).as("process definitions").isEqualTo(1);
      assertThat(count(database, "select count(*) from act_re_deployment"))
          .as("deployments").isEqualTo(1);
      assertThat(count(database, "select count(*) from act_ru_filter")).as("filters")
          .isGreaterThan(10);
      assertThat(count(database, "select count(*) from act_id_user where id_ = 'rif-baden-demo'"))
          .isEqualTo(1);
      assertThat(count(database, "select count(*) from (select properties_ from act_ru_filter"
          + " group by properties_ having count(*) > 1) twice"))
          .as("filters created twice").isZero();
      assertThat(count(database, "select count(*) from (select group_id_, resource_type_,"
          + " resource_id_ from act_ru_authorization where group_id_ is not null"
          + " group by group_id_, resource_type_, resource_id_ having count(*) > 1) twice"))
          .as("authorizations created twice").isZero();
      assertThat(count(database, "select count(*) from flyway_schema_history where not success"))
          .isZero();
      assertThat(a.http().get("/engine-rest/engine").status()).isEqualTo(200);
      assertThat(b.http().get("/engine-rest/engine").status()).isEqualTo(200);
    } finally {
      a.close();
      b.close();
    }
  }

  static long count(String database, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(database,
            PostgresTestDatabase.username(), PostgresTestDatabase.password());
        ResultSet result = connection.createStatement().executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }
}
