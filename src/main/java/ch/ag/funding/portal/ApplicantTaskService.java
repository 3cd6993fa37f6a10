package ch.ag.funding.portal;

import ch.ag.funding.portal.StatusLinkService.LinkedCase;
import ch.ag.funding.submission.ApplicationVariables;
import ch.ag.funding.system.web.BadRequestException;
import ch.ag.funding.system.web.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;

/**
 * The applicant's open task under the status link: the task's own Camunda Form (the file that
 * Tasklist renders for caseworkers), the values it shows, and its completion. The applicant
 * reaches nothing but the open task of that one case, and only the variables its form uses.
 */
@Service
public class ApplicantTaskService {

  /** The user tasks the applicant completes in the portal (domain.md §4). */
  static final List<String> APPLICANT_TASKS =
      List.of("completeApplication", "acceptAgreement", "submitReport");

  /** Variables that forms show in texts or use in conditions, besides their fields. */
  /** Per applicant task, the variables its form shows besides its fields: nothing internal. */
  private static final Map<String, Set<String>> DISPLAY_VARIABLES = Map.of(
      "completeApplication", Set.of(ApplicationVariables.REFERENCE, "formalProblems",
          "rifQuestion", "completionPurpose"),
      "acceptAgreement", Set.of(ApplicationVariables.REFERENCE, "projectTitle",
          "organisationName", "approvedAmount", "advancePercent", "advanceAmount",
          "finalReportDue", "interimReportDue", "agreementDue"),
      "submitReport", Set.of(ApplicationVariables.REFERENCE, "projectTitle", "reportKindLabel",
          "reportDueDate", "reviewComment"));

  private final StatusLinkService statusLinks;
  private final TaskService taskService;
  private final FormService formService;
  private final RuntimeService runtimeService;
  private final ObjectMapper objectMapper;

  ApplicantTaskService(StatusLinkService statusLinks, TaskService taskService,
      FormService formService, RuntimeService runtimeService, ObjectMapper objectMapper) {
    this.statusLinks = statusLinks;
    this.taskService = taskService;
    this.formService = formService;
    this.runtimeService = runtimeService;
    this.objectMapper = objectMapper;
  }

  /** The open task with its form and values, as the portal renders it. */
  public record OpenTask(String taskKey, String taskId, JsonNode schema,
      Map<String, Object> data) {}

  /** The applicant's open task of the case behind a token, if there is one. */
  public Optional<OpenTask> openTask(String token) {
    return statusLinks.find(token).flatMap(this::task).map(task -> {
      JsonNode schema = schema(task);
      Set<String> readable = new LinkedHashSet<>(fieldKeys(schema));
      readable.addAll(DISPLAY_VARIABLES.getOrDefault(task.getTaskDefinitionKey(), Set.of()));
      Map<String, Object> data = new LinkedHashMap<>();
      runtimeService.getVariables(task.getProcessInstanceId(), readable)
          .forEach((name, value) -> data.put(name, plain(value)));
      return new OpenTask(task.getTaskDefinitionKey(), task.getId(), schema, data);
    });
  }

  /**
   * Completes the applicant's open task with the values of its form. Only the form's own fields
   * are accepted; the process checks the values (a refusal leaves the task open).
   *
   * @return false when the token has no open task (any more)
   * @throws BadRequestException with German messages
   */
  public boolean complete(String token, String taskId, Map<String, Object> input) {
    Optional<Task> open = statusLinks.find(token).flatMap(this::task);
    if (open.isEmpty() || !open.get().getId().equals(taskId)) {
      return false;
    }
    Task task = open.get();
    Set<String> keys = fieldKeys(schema(task));
    List<FieldError> unknown = new ArrayList<>();
    Map<String, Object> variables = new LinkedHashMap<>();
    input.forEach((name, value) -> {
      if (!keys.contains(name)) {
        unknown.add(new FieldError(name, "Das Feld «" + name + "» gehört nicht zu diesem"
            + " Formular."));
      } else if (value instanceof BigDecimal decimal) {
        // as Tasklist sends decimals; the process checks the value itself
        variables.put(name, decimal.doubleValue());
      } else if (value instanceof List<?> list) {
        variables.put(name, json(list));
      } else if (value == null || value instanceof String || value instanceof Boolean
          || value instanceof Integer || value instanceof Long) {
        variables.put(name, value);
      } else {
        unknown.add(new FieldError(name, "Ungültiger Wert für das Feld «" + name + "»."));
      }
    });
    if (!unknown.isEmpty()) {
      throw new BadRequestException("Die Angaben passen nicht zum Formular.", unknown);
    }
    try {
      taskService.complete(task.getId(), variables);
    } catch (FormFieldValidationException e) {
      throw new BadRequestException(e.getMessage());
    }
    return true;
  }

  private Optional<Task> task(LinkedCase linked) {
    return taskService.createTaskQuery().processInstanceId(linked.processInstanceId())
        .taskDefinitionKeyIn(APPLICANT_TASKS.toArray(String[]::new)).active().list()
        .stream().findFirst();
  }

  private JsonNode schema(Task task) {
    try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
      return objectMapper.readTree(form);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The keys of the form's input fields. */
  static Set<String> fieldKeys(JsonNode schema) {
    Set<String> keys = new LinkedHashSet<>();
    collectKeys(schema.path("components"), keys);
    return keys;
  }

  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !"button".equals(component.path("type").asText())) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component.path("components"), keys);
    }
  }

  private Object plain(Object value) {
    if (value instanceof SpinJsonNode json) {
      try {
        return objectMapper.readTree(json.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return value;
  }

  private Object json(List<?> list) {
    try {
      return SpinValues.jsonValue(
          objectMapper.writeValueAsString(list)).create();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
