package ch.ag.funding.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Spares every authenticated engine command a scan of the whole authorization table.
 *
 * <p>Before it checks an authorization, Camunda's {@link AuthorizationManager} narrows the
 * user's groups to those that hold any authorization at all, and to learn those it reads
 * {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} once per command. The engine
 * grants each open task's candidate group an authorization of its own, so that table grows with
 * the open cases (two rows per task): at 50,000 open tasks the query takes about 4 ms, and one
 * Tasklist page runs it three times (README "Benchmarks"; camunda-bpm-platform issue #5485).
 *
 * <p>The narrowing only keeps the checks' {@code GROUP_ID_ IN (...)} lists short for users in
 * very many groups: a group without authorizations matches no row, so leaving it in changes no
 * answer. Our caseworkers are in one or two groups; for them this manager passes the groups
 * through unchanged. A user in more than {@link #PREFILTER_ABOVE} groups (possible with the
 * canton's directory, profile "ldap") still gets Camunda's narrowing.
 */
@Component
class GroupPrefilterPlugin extends AbstractProcessEnginePlugin {

  /** Up to this many groups, a user's groups go into the authorization checks unnarrowed. */
  static final int PREFILTER_ABOVE = 20;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    // a custom factory for a session type replaces the engine's own one
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new FewGroupsAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** Camunda's authorization manager, without the group narrowing for users in few groups. */
  static class FewGroupsAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
          || authenticatedGroupIds.size() > PREFILTER_ABOVE) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      LinkedHashSet<String> groups = new LinkedHashSet<>(authenticatedGroupIds);
      groups.remove(null);
      return new ArrayList<>(groups);
    }
  }
}
