package ch.ag.funding.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;

import ch.ag.funding.identity.StaffGroup.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * Who may do what: the one place where the authorizations of each role are granted. Everything
 * not listed here is denied (authorization checks are on).
 *
 * <p>Task access is not granted here: Camunda grants a candidate group READ and UPDATE on each
 * task offered to it, so caseworkers see and work exactly the tasks of their own group. Task
 * filters are granted per group by {@link IdentitySetup}.
 */
public final class AuthorizationMatrix {

  public static final String FUNDING_PROCESS = "fundingApplication";
  public static final String ANY = "*";

  /** One grant: a group with this role gets these permissions on a resource. */
  public record Grant(Resource resource, String resourceId, List<Permission> permissions) {
    Grant(Resource resource, String resourceId, Permission... permissions) {
      this(resource, resourceId, List.of(permissions));
    }
  }

  private static final Map<Role, List<Grant>> GRANTS =
      Map.of(
          Role.RIF,
          List.of(
              new Grant(Resources.APPLICATION, "tasklist", ACCESS),
              new Grant(Resources.PROCESS_DEFINITION, FUNDING_PROCESS, READ)),
          Role.CANTON,
          List.of(
              new Grant(Resources.APPLICATION, "tasklist", ACCESS),
              // canton staff enter applications that arrive on paper with the start form
              new Grant(Resources.PROCESS_DEFINITION, FUNDING_PROCESS,
                  READ, CREATE_INSTANCE, READ_HISTORY),
              new Grant(Resources.PROCESS_INSTANCE, ANY, CREATE)),
          Role.MANAGER,
          List.of(
              // Cockpit, read only: no cancelling, no variable changes, no job retries
              new Grant(Resources.APPLICATION, "cockpit", ACCESS),
              new Grant(Resources.PROCESS_DEFINITION, ANY, READ, READ_HISTORY),
              new Grant(Resources.PROCESS_INSTANCE, ANY, READ),
              new Grant(Resources.TASK, ANY, READ),
              new Grant(Resources.DEPLOYMENT, ANY, READ),
              new Grant(Resources.DECISION_DEFINITION, ANY, READ, READ_HISTORY),
              new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, READ)),
          Role.ADMIN,
          Arrays.stream(Resources.values())
              .map(resource -> new Grant(resource, ANY, ALL))
              .toList());

  private AuthorizationMatrix() {}

  public static List<Grant> grantsFor(Role role) {
    return GRANTS.get(role);
  }
}
