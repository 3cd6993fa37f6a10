package ch.ag.funding.system;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, plans the queries of staff commands with their parameters, and only those.
 *
 * <p>The JDBC driver prepares a statement on the server once a connection has run it five
 * times; PostgreSQL may then reuse one generic plan that ignores the parameters. That is cheap
 * and right for the engine's many short statements (a portal submission runs about 250), but
 * wrong for the task queries with authorization checks that Tasklist sends: their generic plan
 * cannot use the authorization statistics of V12 and counts a group's 5,000 tasks in about a
 * second instead of 60 ms (README "Benchmarks"). Planning every statement of every command
 * (plan_cache_mode = force_custom_plan for the whole connection) cost the portal a fifth of its
 * throughput, so this interceptor asks for custom plans per transaction, in commands run on
 * behalf of a logged-in user (Tasklist, Cockpit, the engine's REST API): {@code SET LOCAL}
 * ends with the transaction. Anonymous commands (the portal) and the job executor keep
 * PostgreSQL's default.
 */
@Component
class StaffQueryPlanningPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(new CustomPlansForStaff());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  /** Runs inside the command's transaction and context (a post-command interceptor). */
  static class CustomPlansForStaff extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      if (context != null && context.getAuthentication() != null
          && DbSqlSessionFactory.POSTGRES.equals(
              Context.getProcessEngineConfiguration().getDatabaseType())) {
        try (Statement statement = context.getDbSqlSession().getSqlSession().getConnection()
            .createStatement()) {
          statement.execute("set local plan_cache_mode = force_custom_plan");
        } catch (SQLException e) {
          throw new ProcessEngineException("Could not set the query planning of a staff command",
              e);
        }
      }
      return next.execute(command);
    }
  }
}
