package ch.ag.funding.identity;

import ch.ag.funding.identity.AuthorizationMatrix.Grant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the staff groups, their authorizations and task filters, the first administrator and,
 * in the demo profile, the demo users. With a read-only identity service (the directory of profile
 * "ldap") only the authorizations and filters are made, for the group ids. Idempotent: what exists is kept, only what is missing is
 * added, so a second start on the same database changes nothing.
 */
class IdentitySetup {

  static final String GROUP_FILTER_NAME = "Aufgaben meiner Gruppe";
  static final String DEMO_PASSWORD = "demo";
  private static final String SEED_KEY = "seedKey";
  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final IdentityProperties properties;
  private final TaskFilters taskFilters;

  IdentitySetup(ProcessEngine engine, IdentityProperties properties) {
    this.taskFilters = new TaskFilters(engine.getFilterService(), engine.getTaskService());
    this.identityService = engine.getIdentityService();
    this.authorizationService = engine.getAuthorizationService();
    this.filterService = engine.getFilterService();
    this.taskService = engine.getTaskService();
    this.properties = properties;
  }

  void apply() {
    // with the directory (profile "ldap") users and groups are read-only: only the grants and
    // filters for the group ids are made here
    boolean readOnly = identityService.isReadOnly();
    for (StaffGroup group : StaffGroup.all()) {
      if (!readOnly) {
        ensureGroup(group);
      }
      for (Grant grant : AuthorizationMatrix.grantsFor(group.role())) {
        ensureGrant(group.id(), grant.resource(), grant.resourceId(), grant.permissions());
      }
      if (group.worksInTasklist()) {
        Filter filter = ensureGroupTaskFilter(group);
        ensureGrant(group.id(), Resources.FILTER, filter.getId(), List.of(Permissions.READ));
        for (Filter ready : taskFilters.ensureFor(group)) {
          ensureGrant(group.id(), Resources.FILTER, ready.getId(), List.of(Permissions.READ));
        }
      }
    }
    if (readOnly) {
      LOG.info("Read-only identity service: users and groups come from the directory");
      return;
    }
    if (properties.adminPassword() == null || properties.adminPassword().isBlank()) {
      throw new IllegalStateException("funding.identity.admin-password ist nicht gesetzt: setzen"
          + " Sie die Umgebungsvariable FUNDING_ADMIN_PASSWORD (Passwort des ersten"
          + " Administrators) oder starten Sie mit dem Profil 'demo'");
    }
    if (identityService.createUserQuery().userId(properties.adminUser()).count() == 0) {
      checkAdminPasswordPolicy();
    }
    ensureUser(properties.adminUser(), "Administration", "Betrieb",
        properties.adminPassword(), StaffGroup.CAMUNDA_ADMIN);
    if (properties.demoUsers()) {
      createDemoUsers();
    }
  }

  /** Says which rule a weak administrator password breaks, instead of the engine's bare refusal. */
  private void checkAdminPasswordPolicy() {
    if (identityService.getPasswordPolicy() == null) {
      return;
    }
    PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(
        properties.adminPassword());
    if (!result.isValid()) {
      String rules = result.getViolatedRules().stream()
          .map(rule -> rule.getPlaceholder() + rule.getParameters())
          .collect(Collectors.joining(", "));
      throw new IllegalStateException("Das Passwort aus FUNDING_ADMIN_PASSWORD erfüllt die"
          + " Passwortrichtlinie nicht (" + rules + "): mindestens 10 Zeichen mit Gross- und"
          + " Kleinbuchstaben, einer Ziffer und einem Sonderzeichen.");
    }
  }

  private void createDemoUsers() {
    for (StaffGroup group : StaffGroup.all()) {
      String userId = switch (group.role()) {
        case RIF -> group.id() + "-demo";
        case CANTON -> "canton-demo";
        case MANAGER -> "manager-demo";
        case ADMIN -> null; // the administrator exists already
      };
      if (userId != null) {
        ensureUser(userId, "Demo", group.name(), DEMO_PASSWORD, group.id());
      }
    }
  }

  private void ensureGroup(StaffGroup staffGroup) {
    if (identityService.createGroupQuery().groupId(staffGroup.id()).count() == 0) {
      Group group = identityService.newGroup(staffGroup.id());
      group.setName(staffGroup.name());
      group.setType(staffGroup.camundaType());
      identityService.saveGroup(group);
      LOG.info("Created group {}", staffGroup.id());
    }
  }

  private void ensureUser(String id, String firstName, String lastName, String password,
      String groupId) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@funding.invalid");
      user.setPassword(password);
      identityService.saveUser(user);
      LOG.info("Created user {}", id);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(id, groupId);
    }
  }

  /** Makes sure the group holds at least these permissions; never removes what an admin added. */
  private void ensureGrant(String groupId, Resource resource, String resourceId,
      List<Permission> permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (permissions.stream().allMatch(authorization::isPermissionGranted)) {
      return;
    }
    permissions.forEach(authorization::addPermission);
    authorizationService.saveAuthorization(authorization);
  }

  private Filter ensureGroupTaskFilter(StaffGroup group) {
    String seedKey = "group-tasks:" + group.id();
    return filterService.createTaskFilterQuery().filterName(GROUP_FILTER_NAME).list().stream()
        .filter(filter -> Objects.equals(filter.getProperties().get(SEED_KEY), seedKey))
        .findFirst()
        .orElseGet(() -> {
          Filter filter = filterService.newTaskFilter(GROUP_FILTER_NAME);
          filter.setQuery(taskService.createTaskQuery()
              .taskCandidateGroup(group.id())
              .includeAssignedTasks());
          filter.setProperties(Map.of(
              SEED_KEY, seedKey,
              "description", "Offene Aufgaben der Gruppe " + group.name(),
              "priority", -10,
              "refresh", true));
          return filterService.saveFilter(filter);
        });
  }
}
