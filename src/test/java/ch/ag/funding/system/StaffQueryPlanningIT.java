package ch.ag.funding.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.PostgresIntegrationTest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The planner settings each engine command runs with on PostgreSQL: custom plans for commands
 * of a logged-in user ({@link StaffQueryPlanningPlugin}), PostgreSQL's default for anonymous
 * ones, and without JIT and with random_page_cost 1.1 for all (the pool's connection init SQL).
 */
class StaffQueryPlanningIT extends PostgresIntegrationTest {

  @Autowired
  private ProcessEngineConfigurationImpl configuration;
  @Autowired
  private IdentityService identityService;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  private List<String> settingsInACommand() {
    return configuration.getCommandExecutorTxRequired().execute((Command<List<String>>) context -> {
      try (Statement statement = context.getDbSqlSession().getSqlSession().getConnection()
          .createStatement();
          ResultSet row = statement.executeQuery("select current_setting('plan_cache_mode'),"
              + " current_setting('jit'), current_setting('random_page_cost')")) {
        row.next();
        return List.of(row.getString(1), row.getString(2), row.getString(3));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  void aCaseworkersCommandsPlanEachQueryWithItsParameters() {
    identityService.setAuthentication("rif-baden-demo", List.of("rif-baden"));

    assertThat(settingsInACommand()).containsExactly("force_custom_plan", "off", "1.1");
  }

  @Test
  void anonymousCommandsLikeThePortalsKeepPostgresqlsPlanCache() {
    assertThat(settingsInACommand()).containsExactly("auto", "off", "1.1");
  }

  @Test
  void theSettingEndsWithTheStaffCommandsTransaction() {
    identityService.setAuthentication("canton-demo", List.of("canton-mika"));
    assertThat(settingsInACommand()).first().isEqualTo("force_custom_plan");
    identityService.clearAuthentication();

    // the pool hands out the same few connections again: none keeps the staff setting
    for (int i = 0; i < 25; i++) {
      assertThat(settingsInACommand()).first().isEqualTo("auto");
    }
  }
}
