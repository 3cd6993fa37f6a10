package ch.ag.funding.decision;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Send tasks "An Vorentscheid erinnern" and "An Entscheid erinnern": a decision task is overdue
 * by the grace period. Raises the open task's priority, so that it heads the Tasklist sorted by
 * priority, and logs the reminder; the notifications issue adds the e-mail to the office.
 */
@Component
public class RemindOfOverdueDecisionDelegate implements JavaDelegate {

  /** Camunda's priority scale runs from 0 to 100; new tasks have 50. */
  static final int OVERDUE_PRIORITY = 80;

  private static final Logger LOG =
      LoggerFactory.getLogger(RemindOfOverdueDecisionDelegate.class);

  private final TaskService taskService;

  public RemindOfOverdueDecisionDelegate(TaskService taskService) {
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Task> open = taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKeyIn("rifPreDecision", "cantonDecision")
        .list();
    for (Task task : open) {
      taskService.setPriority(task.getId(), Math.max(task.getPriority(), OVERDUE_PRIORITY));
      LOG.info("Reminder: task {} of case {} was due on {}; priority raised to {}",
          task.getTaskDefinitionKey(), execution.getProcessBusinessKey(), task.getDueDate(),
          OVERDUE_PRIORITY);
    }
  }
}
