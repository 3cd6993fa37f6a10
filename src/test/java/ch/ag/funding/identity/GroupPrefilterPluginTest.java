package ch.ag.funding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link GroupPrefilterPlugin} on an in-memory engine with authorizations on: users in few groups
 * skip the engine's look at which groups hold authorizations, and still see exactly what their
 * groups' authorizations allow.
 */
class GroupPrefilterPluginTest {

  private static ProcessEngine engine;
  private static ProcessEngineConfigurationImpl configuration;

  @BeforeAll
  static void startEngine() {
    StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
    config.setJdbcUrl("jdbc:h2:mem:group-prefilter;DB_CLOSE_DELAY=-1");
    config.setProcessEngineName("group-prefilter");
    config.setAuthorizationEnabled(true);
    config.setJobExecutorActivate(false);
    config.setProcessEnginePlugins(List.of(new GroupPrefilterPlugin()));
    configuration = config;
    engine = config.buildProcessEngine();

    TaskService tasks = engine.getTaskService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (String[] task : new String[][] {{"baden-task", "rif-baden"}, {"aarau-task", "rif-aarau"}}) {
      Task created = tasks.newTask(task[0]);
      created.setName(task[0]);
      tasks.saveTask(created);
      Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      read.setGroupId(task[1]);
      read.setResource(Resources.TASK);
      read.setResourceId(task[0]);
      read.addPermission(Permissions.READ);
      authorizations.saveAuthorization(read);
    }
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  private static List<String> groupsUsedForChecks(List<String> groups) {
    return configuration.getCommandExecutorTxRequired().execute((Command<List<String>>) context ->
        context.getAuthorizationManager().filterAuthenticatedGroupIds(groups));
  }

  private static List<String> visibleTasks(List<String> groups) {
    engine.getIdentityService().setAuthentication("caseworker", groups);
    try {
      return engine.getTaskService().createTaskQuery().orderByTaskName().asc().list().stream()
          .map(Task::getId).toList();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void aUserInFewGroupsHasAllOfThemCheckedWithoutTheEngineLookingUpWhichHoldAuthorizations() {
    assertThat(groupsUsedForChecks(List.of("rif-baden", "newsletter", "rif-baden")))
        .containsExactly("rif-baden", "newsletter");
  }

  @Test
  void aUserInManyGroupsGetsTheEnginesNarrowingToGroupsWithAuthorizations() {
    List<String> many = new ArrayList<>(IntStream.rangeClosed(1, GroupPrefilterPlugin.PREFILTER_ABOVE)
        .mapToObj(i -> "directory-group-" + i).toList());
    many.add("rif-aarau");

    assertThat(groupsUsedForChecks(many)).containsExactly("rif-aarau");
  }

  @Test
  void whatAUserSeesIsStillWhatTheirGroupsAreGranted() {
    assertThat(visibleTasks(List.of("rif-baden", "newsletter"))).containsExactly("baden-task");
    assertThat(visibleTasks(List.of("newsletter"))).isEmpty();

    List<String> many = new ArrayList<>(IntStream.rangeClosed(1, GroupPrefilterPlugin.PREFILTER_ABOVE)
        .mapToObj(i -> "directory-group-" + i).toList());
    many.add("rif-aarau");
    assertThat(visibleTasks(many)).containsExactly("aarau-task");
  }
}
