package ch.ag.funding.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may do what, as domain.md §2 and §7 and the README's Security section say: the single
 * source of the expected authorization matrix. {@code AuthorizationMatrixIT} drives every tested
 * cell through the REST API and the project's own endpoints as the demo user of the column;
 * {@code AuthorizationsDocumentTest} renders the same table into {@code docs/authorizations.md}.
 *
 * <p>"Baden case" is a case of RIF Baden (Wettingen), the RIF column's own region; "Aarau case" is
 * one of RIF Aarau (Suhr), another region; "canton task" is the formal check's
 * {@code completeApplication}, offered to {@code canton-mika}.
 */
final class ExpectedAuthorizations {

  private ExpectedAuthorizations() {}

  /** The columns: one demo user per role, and nobody. */
  enum Subject {
    RIF("rif-baden-demo", "RIF (`rif-baden`)"),
    CANTON("canton-demo", "Canton (`canton-mika`)"),
    MANAGER("manager-demo", "Managers (`funding-managers`)"),
    ADMIN("admin", "Operators (`camunda-admin`)"),
    ANONYMOUS(null, "Anonymous");

    final String user;
    final String title;

    Subject(String user, String title) {
      this.user = user;
      this.title = title;
    }
  }

  enum Resource {
    PROCESS_DEFINITION("Process definition"),
    TASK("Task"),
    PROCESS_INSTANCE("Process instance (runtime)"),
    VARIABLES("Variables"),
    HISTORY("History"),
    COCKPIT("Cockpit actions"),
    ADMIN("Admin (users, groups, authorizations)"),
    WEBAPPS("Webapps (application access)"),
    CASE_API("Case API: ledger, documents, mails"),
    BUDGET_API("Budgets, perimeters, payments"),
    DASHBOARD("Dashboard");

    final String title;

    Resource(String title) {
      this.title = title;
    }
  }

  private static final String STAFF = "RIF CANTON MANAGER ADMIN";
  private static final String CASE_STAFF = "CANTON MANAGER ADMIN";
  private static final String ALL_CASES = "the canton, managers and operators see every case"
      + " (`CaseAccess`)";

  /**
   * The rows. {@code allowed} names the subjects that may; everybody else may not. The request
   * and the rule that tells allowed from denied are what the test does.
   */
  enum Action {
    READ_DEFINITION(Resource.PROCESS_DEFINITION, "Read the process definition",
        "`GET /engine-rest/process-definition?key=fundingApplication`", LIST, STAFF,
        "Tasklist needs it for a task's process and forms"),
    START_PROCESS(Resource.PROCESS_DEFINITION, "Start a case with the start form",
        "`POST /engine-rest/process-definition/key/fundingApplication/submit-form`"
            + " (a valid application)", ENGINE_START, "CANTON ADMIN",
        "the canton enters paper applications (domain.md §4, step 1)"),
    READ_DEPLOYMENTS(Resource.PROCESS_DEFINITION, "Read deployments",
        "`GET /engine-rest/deployment`", LIST, "MANAGER ADMIN", "Cockpit"),

    READ_TASK_OWN(Resource.TASK, "Read a task of a Baden case",
        "`GET /engine-rest/task/{id}`", ENGINE_200, "RIF MANAGER ADMIN",
        "a candidate group reads its tasks; managers read in Cockpit"),
    READ_TASK_OTHER(Resource.TASK, "Read a task of an Aarau case",
        "`GET /engine-rest/task/{id}`", ENGINE_200, "MANAGER ADMIN", "not the RIF's region"),
    READ_TASK_CANTON(Resource.TASK, "Read a canton task",
        "`GET /engine-rest/task/{id}`", ENGINE_200, "CANTON MANAGER ADMIN", null),
    CLAIM_TASK_OWN(Resource.TASK, "Claim a task of a Baden case",
        "`POST /engine-rest/task/{id}/claim`", ENGINE_204, "RIF ADMIN",
        "managers read only"),
    CLAIM_TASK_OTHER(Resource.TASK, "Claim a task of an Aarau case",
        "`POST /engine-rest/task/{id}/claim`", ENGINE_204, "ADMIN", null),
    COMPLETE_TASK_OWN(Resource.TASK, "Complete a task of a Baden case",
        "`POST /engine-rest/task/{id}/complete` (pre-decision: reject; a new case per cell)",
        ENGINE_204, "RIF ADMIN", null),
    COMPLETE_TASK_OTHER(Resource.TASK, "Complete a task of an Aarau case",
        "`POST /engine-rest/task/{id}/complete` (a new case per cell)", ENGINE_204, "ADMIN",
        null),
    COMPLETE_TASK_CANTON(Resource.TASK, "Complete a canton task",
        "`POST /engine-rest/task/{id}/submit-form` (a new case per cell)", ENGINE_204,
        "CANTON ADMIN", null),

    READ_INSTANCE_OWN(Resource.PROCESS_INSTANCE, "Read the process instance of a Baden case",
        "`GET /engine-rest/process-instance/{id}`", ENGINE_200, "MANAGER ADMIN",
        "caseworkers work through their tasks, with no permission on instances (README)"),
    READ_INSTANCE_OTHER(Resource.PROCESS_INSTANCE, "Read the process instance of an Aarau case",
        "`GET /engine-rest/process-instance/{id}`", ENGINE_200, "MANAGER ADMIN", null),

    TASK_VARIABLES_OWN(Resource.VARIABLES, "Read the variables of a Baden case's task",
        "`GET /engine-rest/task/{id}/variables`", ENGINE_200, "RIF MANAGER ADMIN",
        "with the task's own permission (the task form)"),
    TASK_VARIABLES_OTHER(Resource.VARIABLES, "Read the variables of an Aarau case's task",
        "`GET /engine-rest/task/{id}/variables`", ENGINE_200, "MANAGER ADMIN", null),
    INSTANCE_VARIABLES_OWN(Resource.VARIABLES, "Read the runtime variables of a Baden case",
        "`GET /engine-rest/process-instance/{id}/variables`", ENGINE_200, "MANAGER ADMIN", null),
    INSTANCE_VARIABLES_OTHER(Resource.VARIABLES, "Read the runtime variables of an Aarau case",
        "`GET /engine-rest/process-instance/{id}/variables`", ENGINE_200, "MANAGER ADMIN", null),
    HISTORIC_VARIABLES_OWN(Resource.VARIABLES,
        "Read the historic process variables of a Baden case",
        "`GET /engine-rest/history/variable-instance?processInstanceId=&variableName="
            + "requestedAmount`", LIST, STAFF,
        "RIF: through the historic task permission of its group's tasks, Camunda shows the"
            + " historic variables of their process instances (as the task's own variables do);"
            + " the canton reads the history of every case (`READ_HISTORY` on the definition)"),
    HISTORIC_VARIABLES_OTHER(Resource.VARIABLES,
        "Read the historic process variables of an Aarau case",
        "`GET /engine-rest/history/variable-instance?processInstanceId=&variableName="
            + "requestedAmount`", LIST, CASE_STAFF, null),

    HISTORY_OWN(Resource.HISTORY, "Read the history of a Baden case",
        "`GET /engine-rest/history/process-instance?processInstanceId=`", LIST, CASE_STAFF,
        "as the canton sees every case through the project's API"),
    HISTORY_OTHER(Resource.HISTORY, "Read the history of an Aarau case",
        "`GET /engine-rest/history/process-instance?processInstanceId=`", LIST, CASE_STAFF,
        null),

    HISTORIC_TASKS_OWN(Resource.HISTORY, "Read the task history of a Baden case",
        "`GET /engine-rest/history/task?processInstanceId=`", LIST, STAFF,
        "caseworkers read the history of their group's tasks (Tasklist's history tab)"),
    HISTORIC_TASKS_OTHER(Resource.HISTORY, "Read the task history of an Aarau case",
        "`GET /engine-rest/history/task?processInstanceId=`", LIST, CASE_STAFF, null),

    SUSPEND_INSTANCE(Resource.COCKPIT, "Suspend a process instance",
        "`PUT /engine-rest/process-instance/{id}/suspended` (a new Baden case per cell)",
        ENGINE_204, "ADMIN", "Cockpit is read only for managers"),
    MODIFY_INSTANCE(Resource.COCKPIT, "Modify a process instance (cancel its activity)",
        "`POST /engine-rest/process-instance/{id}/modification` (a new Baden case per cell)",
        ENGINE_204, "ADMIN", null),
    SET_VARIABLE(Resource.COCKPIT, "Change a process variable",
        "`PUT /engine-rest/process-instance/{id}/variables/authzProbe`", ENGINE_204, "ADMIN",
        null),
    SET_JOB_RETRIES(Resource.COCKPIT, "Set a job's retries",
        "`PUT /engine-rest/job/{id}/retries`", ENGINE_204, "ADMIN", null),
    DELETE_INSTANCE(Resource.COCKPIT, "Delete a process instance",
        "`DELETE /engine-rest/process-instance/{id}` (a new Baden case per cell)", ENGINE_204,
        "ADMIN", null),

    READ_USERS(Resource.ADMIN, "Read another user",
        "`GET /engine-rest/user?id=rif-aarau-demo`", LIST, "ADMIN",
        "everybody reads only their own profile"),
    CREATE_USER(Resource.ADMIN, "Create a user", "`POST /engine-rest/user/create`",
        ENGINE_204, "ADMIN", null),
    READ_GROUPS(Resource.ADMIN, "Read another group", "`GET /engine-rest/group?id=rif-aarau`",
        LIST, "ADMIN", "members read their own group"),
    CREATE_GROUP(Resource.ADMIN, "Create a group", "`POST /engine-rest/group/create`",
        ENGINE_204, "ADMIN", null),
    READ_AUTHORIZATIONS(Resource.ADMIN, "Read authorizations",
        "`GET /engine-rest/authorization?groupIdIn=rif-aarau`", LIST, "ADMIN", null),
    CREATE_AUTHORIZATION(Resource.ADMIN, "Grant an authorization",
        "`POST /engine-rest/authorization/create`", ENGINE_200, "ADMIN", null),

    TASKLIST(Resource.WEBAPPS, "Use Tasklist", CHECK + "tasklist`", AUTHORIZED,
        "RIF CANTON ADMIN", "managers work in Cockpit"),
    COCKPIT(Resource.WEBAPPS, "Use Cockpit", CHECK + "cockpit`", AUTHORIZED, "MANAGER ADMIN",
        null),
    ADMIN_APP(Resource.WEBAPPS, "Use Admin", CHECK + "admin`", AUTHORIZED, "ADMIN", null),

    LEDGER_OWN(Resource.CASE_API, "Read the ledger of a Baden case",
        "`GET /api/cases/{reference}/ledger`", API_200, STAFF,
        "a RIF sees the cases it is responsible for"),
    LEDGER_OTHER(Resource.CASE_API, "Read the ledger of an Aarau case",
        "`GET /api/cases/{reference}/ledger`", API_200, CASE_STAFF, ALL_CASES),
    DOCUMENTS_OWN(Resource.CASE_API, "List the documents of a Baden case",
        "`GET /api/cases/{reference}/documents`", API_200, STAFF, null),
    DOCUMENTS_OTHER(Resource.CASE_API, "List the documents of an Aarau case",
        "`GET /api/cases/{reference}/documents`", API_200, CASE_STAFF, null),
    MAILS_OWN(Resource.CASE_API, "List the mails of a Baden case",
        "`GET /api/cases/{reference}/mails`", API_200, STAFF, null),
    MAILS_OTHER(Resource.CASE_API, "List the mails of an Aarau case",
        "`GET /api/cases/{reference}/mails`", API_200, CASE_STAFF, null),

    REGIONS(Resource.BUDGET_API, "Read the perimeters", "`GET /api/regions`", API_200, STAFF,
        null),
    BUDGETS(Resource.BUDGET_API, "Read the budgets", "`GET /api/budgets`", API_200, STAFF,
        null),
    SET_BUDGET(Resource.BUDGET_API, "Set a budget",
        "`PUT /api/admin/budgets/rif-baden/2099/KIP`", API_200, "ADMIN", null),
    REPLACE_PERIMETERS(Resource.BUDGET_API, "Replace the perimeters",
        "`PUT /api/admin/perimeters` (an invalid CSV)",
        "400 (past the authorization, refused as invalid); denied 401/403", "ADMIN", null),
    PAYMENT_EXPORT(Resource.BUDGET_API, "Export the open payments",
        "`POST /api/admin/payment-exports`", "200 or 409 (nothing open); denied 401/403",
        "ADMIN", FINANCE),
    RECORD_REPAYMENT(Resource.BUDGET_API, "Record a repayment",
        "`POST /api/admin/cases/{reference}/repayments` (a Baden case without a claim)",
        "400 (past the authorization, refused: no claim); denied 401/403", "ADMIN", FINANCE),
    ADMIN_MAILS(Resource.BUDGET_API, "List all mails (outbox)", "`GET /api/admin/mails`",
        API_200, "ADMIN", null),

    DASHBOARD(Resource.DASHBOARD, "Open the programme dashboard",
        "`GET /dashboard` after the login page `/dashboard/anmelden`", DASHBOARD_PAGE,
        "MANAGER ADMIN", "domain.md §7"),
    DASHBOARD_EXPORT(Resource.DASHBOARD, "Download the dashboard's figures",
        "`GET /dashboard/export.csv` after the login page", DASHBOARD_PAGE, "MANAGER ADMIN",
        "the same figures as XLSX: `/dashboard/export.xlsx`");

    final Resource resource;
    final String label;
    final String request;
    final String allowedWhen;
    final Set<Subject> allowed;
    final String note;

    Action(Resource resource, String label, String request, String allowedWhen,
        String allowed, String note) {
      this.resource = resource;
      this.label = label;
      this.request = request;
      this.allowedWhen = allowedWhen;
      this.allowed = EnumSet.noneOf(Subject.class);
      Arrays.stream(allowed.split(" ")).map(Subject::valueOf).forEach(this.allowed::add);
      this.note = note;
    }

    boolean allows(Subject subject) {
      return allowed.contains(subject);
    }
  }

  private static final String LIST = "a non-empty list; denied: an empty list, 401/403";
  private static final String ENGINE_200 = "200; denied 401/403/404 (hidden)";
  private static final String ENGINE_START = "200 (the case started); denied 401/403/404";
  private static final String ENGINE_204 = "204; denied 401/403/404 (hidden)";
  private static final String API_200 = "200; denied 401/403";
  private static final String FINANCE = "domain.md §2 names no finance role: the operators"
      + " act for the canton's finance office";
  private static final String DASHBOARD_PAGE = "200; denied: 403, or the login page again for a"
      + " failed login or no login";
  private static final String AUTHORIZED = "`\"authorized\": true`; denied `false`, 401";
  private static final String CHECK = "`GET /engine-rest/authorization/check?permissionName=ACCESS"
      + "&resourceName=application&resourceType=0&resourceId=";

  /** The cells the test drives. */
  static List<Cell> testedCells() {
    return Arrays.stream(Action.values())
        .flatMap(action -> Arrays.stream(Subject.values()).map(s -> new Cell(action, s)))
        .toList();
  }

  record Cell(Action action, Subject subject) {
    boolean allowed() {
      return action.allows(subject);
    }

    @Override
    public String toString() {
      return action + " as " + subject;
    }
  }
}
