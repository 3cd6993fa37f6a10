package ch.ag.funding.submission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names a user task after its application, so that task lists are readable: the model's name
 * "Vervollständigung" becomes "Vervollständigung SI-2026-0042: Sprachcafé Wettingen" (or
 * "Rückfrage beantworten SI-…" when the task answers a question of the RIF). For every user task
 * of the case, on create. Also copies the figures the Tasklist filters show as columns onto the
 * task (see the identity feature's TaskFilters).
 */
@Component
public class ApplicationTaskNameListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String name = "completeApplication".equals(task.getTaskDefinitionKey())
        && CompletionRequests.answersQuestion(task.getVariable(CompletionRequests.PURPOSE))
        ? "Rückfrage beantworten" : task.getName();
    task.setName(name + " " + task.getVariable(ApplicationVariables.REFERENCE) + ": "
        + task.getVariable("projectTitle"));
    // the columns of the Tasklist filters: task-local copies under names of their own, so that a
    // form's submission cannot change them in place of the case's variables
    task.setVariableLocal("listReference", task.getVariable(ApplicationVariables.REFERENCE));
    task.setVariableLocal("listProjectTitle", task.getVariable("projectTitle"));
    task.setVariableLocal("listOrganisation", task.getVariable("organisationName"));
    task.setVariableLocal("listRequestedAmount", task.getVariable("requestedAmount"));
  }
}
