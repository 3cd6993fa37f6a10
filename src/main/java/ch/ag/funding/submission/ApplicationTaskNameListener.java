package ch.ag.funding.submission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names a user task after its application, so that task lists are readable: the model's name
 * "Vervollständigung" becomes "Vervollständigung SI-2026-0042: Sprachcafé Wettingen" (or
 * "Rückfrage beantworten SI-…" when the task answers a question of the RIF). For every user task
 * of the case, on create.
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
  }
}
