package ch.ag.funding.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist filters of a caseworkers' group (issue 9): what each group sees ready-made, in
 * German, with the columns a caseworker sorts by. Created once per group and filter (recognised
 * by the seed key in their properties), so that a second start changes nothing and an
 * administrator's later edits stay.
 *
 * <p>The columns show task-local copies of the case's key figures ({@link #COLUMNS}, set when a
 * task is created): Tasklist reads a filter's variables with the task's permission, so a
 * caseworker sees them for the tasks offered to the group without any permission on the
 * process instances themselves.
 */
final class TaskFilters {

  /** The list columns: task-local variable and its German label. */
  static final Map<String, String> COLUMNS = columns();

  private static final String SEED_KEY = "seedKey";

  private final FilterService filterService;
  private final TaskService taskService;

  TaskFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  private record Definition(String key, String name, String description, int priority,
      Function<TaskQuery, TaskQuery> query) {}

  /** Makes sure the group has its filters; returns them all (new and existing). */
  List<Filter> ensureFor(StaffGroup group) {
    List<Filter> filters = new ArrayList<>();
    for (Definition definition : definitionsFor(group)) {
      filters.add(ensure(group, definition));
    }
    return filters;
  }

  private List<Definition> definitionsFor(StaffGroup group) {
    String id = group.id();
    List<Definition> definitions = new ArrayList<>();
    definitions.add(new Definition("mine", "Meine Aufgaben",
        "Aufgaben, die Sie übernommen haben", -20,
        query -> query.taskAssigneeExpression("${currentUser()}")));
    if (group.role() == StaffGroup.Role.RIF) {
      definitions.add(new Definition("pre-decisions", "Offene Vorentscheide meiner Region",
          "Vorentscheide der " + group.name(), -15,
          query -> query.taskCandidateGroup(id).includeAssignedTasks()
              .taskDefinitionKey("rifPreDecision")));
    }
    if (group.role() == StaffGroup.Role.CANTON) {
      definitions.add(new Definition("canton-decisions", "Kantonsentscheide",
          "Entscheide der Sektion Integration und Beratung", -15,
          query -> query.taskCandidateGroup(id).includeAssignedTasks()
              .taskDefinitionKey("cantonDecision")));
    }
    definitions.add(new Definition("overdue", "Überfällig",
        "Aufgaben der Gruppe, deren Frist abgelaufen ist", -12,
        query -> query.taskCandidateGroup(id).includeAssignedTasks()
            .dueBeforeExpression("${now()}")));
    definitions.add(new Definition("questions", "Rückfragen an Gesuchstellende",
        "Gesuche, die auf eine Ergänzung oder Antwort der Trägerschaft warten", -5,
        query -> query.taskCandidateGroup(id).includeAssignedTasks()
            .taskDefinitionKey("completeApplication")));
    return definitions;
  }

  private Filter ensure(StaffGroup group, Definition definition) {
    String seedKey = definition.key() + ":" + group.id();
    return filterService.createTaskFilterQuery().filterName(definition.name()).list().stream()
        .filter(filter -> Objects.equals(filter.getProperties().get(SEED_KEY), seedKey))
        .findFirst()
        .orElseGet(() -> {
          Filter filter = filterService.newTaskFilter(definition.name());
          filter.setQuery(definition.query().apply(taskService.createTaskQuery()));
          filter.setProperties(properties(seedKey, definition));
          return filterService.saveFilter(filter);
        });
  }

  private static Map<String, Object> properties(String seedKey, Definition definition) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(SEED_KEY, seedKey);
    properties.put("description", definition.description());
    properties.put("priority", definition.priority());
    properties.put("refresh", true);
    properties.put("variables", COLUMNS.entrySet().stream()
        .map(column -> Map.of("name", column.getKey(), "label", column.getValue()))
        .toList());
    return properties;
  }

  private static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("listReference", "Aktenzeichen");
    columns.put("listProjectTitle", "Projekt");
    columns.put("listOrganisation", "Trägerschaft");
    columns.put("listRequestedAmount", "Beantragt (CHF)");
    return columns;
  }
}
