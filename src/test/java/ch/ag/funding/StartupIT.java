package ch.ag.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.ag.funding.submission.SubmissionService;
import ch.ag.funding.submission.TestApplications;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The packaged configuration started on fresh PostgreSQL databases: twice with the demo users
 * (the second start changes nothing), in production mode without demo users, and in production
 * mode without an administrator password (start-up stops).
 */
class StartupIT {

  private static ConfigurableApplicationContext start(String database, String profiles,
      String... arguments) {
    String[] common = {
        "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false",
        "--spring.datasource.url=" + database,
        "--spring.datasource.username=" + PostgresTestDatabase.username(),
        "--spring.datasource.password=" + PostgresTestDatabase.password()};
    String[] all = new String[common.length + arguments.length];
    System.arraycopy(common, 0, all, 0, common.length);
    System.arraycopy(arguments, 0, all, common.length, arguments.length);
    return new SpringApplicationBuilder(FundingApplication.class).profiles(profiles.split(","))
        .run(all);
  }

  /** What the start-up creates: it must be the same after a second start. */
  private static Map<String, Object> inventory(ConfigurableApplicationContext context) {
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    Map<String, Object> inventory = new LinkedHashMap<>();
    inventory.put("users", engine.getIdentityService().createUserQuery().count());
    inventory.put("groups", engine.getIdentityService().createGroupQuery().count());
    inventory.put("memberships", jdbc.queryForObject("select count(*) from act_id_membership",
        Long.class));
    // the set-up's grants, without the ones the engine gives candidates on each new task
    String setUpGrants = " from act_ru_authorization where not (resource_type_ in ("
        + Resources.TASK.resourceType() + ", " + Resources.HISTORIC_TASK.resourceType()
        + ") and resource_id_ <> '*')";
    inventory.put("authorizations", jdbc.queryForObject("select count(*)" + setUpGrants,
        Long.class));
    inventory.put("authorization rows", jdbc.queryForList(
        "select group_id_, resource_type_, resource_id_, perms_" + setUpGrants
            + " order by group_id_, resource_type_, resource_id_, user_id_"));
    inventory.put("filters", engine.getFilterService().createFilterQuery().count());
    inventory.put("deployments", engine.getRepositoryService().createDeploymentQuery().count());
    inventory.put("process definitions", engine.getRepositoryService()
        .createProcessDefinitionQuery().count());
    inventory.put("reference data", jdbc.queryForList("select (select count(*) from municipality)"
        + " m, (select count(*) from region) r, (select count(*) from region_membership) p"));
    // what the PostgreSQL-only migrations add to Camunda's tables (db/vendor/postgresql)
    inventory.put("indexes on Camunda's tables", jdbc.queryForList("select indexname from"
        + " pg_indexes where tablename = 'act_ru_job' and indexname in ('funding_idx_job_duedate',"
        + " 'funding_idx_job_locked') order by indexname", String.class));
    inventory.put("statistics on Camunda's tables", jdbc.queryForList("select stxname from"
        + " pg_statistic_ext where stxname like 'act_stx_%' order by stxname", String.class));
    inventory.put("migrations", jdbc.queryForList(
        "select version, checksum from flyway_schema_history order by installed_rank"));
    return inventory;
  }

  private static String submit(ConfigurableApplicationContext context) {
    return context.getBean(SubmissionService.class).submit(TestApplications.valid()).reference();
  }

  @Test
  void secondStartOnTheSameDatabaseChangesNothing() {
    String database = PostgresTestDatabase.create("restart");
    Map<String, Object> first;
    String firstReference;
    try (var context = start(database, "postgres,demo")) {
      first = inventory(context);
      firstReference = submit(context);
    }
    try (var context = start(database, "postgres,demo")) {
      assertThat(inventory(context)).isEqualTo(first);
      String secondReference = submit(context);
      assertThat(secondReference).isNotEqualTo(firstReference)
          .isEqualTo(firstReference.substring(0, 8) + "0002");
    }
    assertThat(first.get("users")).isEqualTo(12L);
    assertThat(first.get("groups")).isEqualTo(12L);
    // 10 caseworker groups (9 RIF, the canton) with 5 filters each
    assertThat(first.get("filters")).isEqualTo(50L);
    assertThat(first.get("deployments")).isEqualTo(1L);
    assertThat(first.get("indexes on Camunda's tables"))
        .isEqualTo(List.of("funding_idx_job_duedate", "funding_idx_job_locked"));
    assertThat(first.get("statistics on Camunda's tables"))
        .isEqualTo(List.of("act_stx_auth_perm_read", "act_stx_auth_perm_read_task"));
  }

  @Test
  void productionStartHasOnlyTheAdministratorWithThePasswordFromTheEnvironment() {
    String database = PostgresTestDatabase.create("production");
    try (var context = start(database, "postgres",
        "--funding.identity.admin-password=Kanton-Aargau-2026!")) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      assertThat(engine.getIdentityService().createUserQuery().list())
          .extracting(User::getId).containsExactly("admin");
      assertThat(engine.getIdentityService().checkPassword("admin", "Kanton-Aargau-2026!"))
          .isTrue();
      assertThat(engine.getIdentityService().checkPassword("admin", "demo")).isFalse();
      assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(12);
    }
  }

  @Test
  void productionStartWithoutAdministratorPasswordStopsWithAClearMessage() {
    String database = PostgresTestDatabase.create("nopassword");

    assertThatThrownBy(() -> start(database, "postgres", "--funding.identity.admin-password="))
        .rootCause().hasMessageContaining("FUNDING_ADMIN_PASSWORD");
  }

  @Test
  void productionStartWithAWeakAdministratorPasswordStopsWithAClearMessage() {
    String database = PostgresTestDatabase.create("weakpassword");

    assertThatThrownBy(() -> start(database, "postgres", "--funding.identity.admin-password=demo"))
        .rootCause().hasMessageContaining("FUNDING_ADMIN_PASSWORD")
        .hasMessageContaining("Passwortrichtlinie");
  }
}
