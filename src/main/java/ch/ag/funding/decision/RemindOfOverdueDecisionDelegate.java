package ch.ag.funding.decision;

import static ch.ag.funding.decision.DecisionVariables.RESPONSIBLE_OFFICE;

import ch.ag.funding.identity.StaffGroup;
import ch.ag.funding.notification.CaseFacts;
import ch.ag.funding.notification.CaseNotifications;
import ch.ag.funding.submission.SubmissionService;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Send tasks "An Vorentscheid erinnern" and "An Entscheid erinnern": a decision task is overdue
 * by the grace period. Raises the open task's priority, so that it heads the Tasklist sorted by
 * priority, and reminds the office whose task it is by mail.
 */
@Component
public class RemindOfOverdueDecisionDelegate implements JavaDelegate {

  /** Camunda's priority scale runs from 0 to 100; new tasks have 50. */
  static final int OVERDUE_PRIORITY = 80;

  private static final Logger LOG =
      LoggerFactory.getLogger(RemindOfOverdueDecisionDelegate.class);

  private final TaskService taskService;
  private final SubmissionService submissions;
  private final CaseNotifications notifications;

  public RemindOfOverdueDecisionDelegate(TaskService taskService, SubmissionService submissions,
      CaseNotifications notifications) {
    this.taskService = taskService;
    this.submissions = submissions;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Task> open = taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKeyIn("rifPreDecision", "cantonDecision")
        .list();
    CaseFacts facts = CaseFacts.of(execution, submissions.application(execution));
    for (Task task : open) {
      String office = "cantonDecision".equals(task.getTaskDefinitionKey())
          ? StaffGroup.CANTON_MIKA : (String) execution.getVariable(RESPONSIBLE_OFFICE);
      FlowElement activity = execution.getBpmnModelInstance()
          .getModelElementById(task.getTaskDefinitionKey());
      notifications.remindOfOverdueTask(facts, office, activity.getName(), task.getDueDate());
      taskService.setPriority(task.getId(), Math.max(task.getPriority(), OVERDUE_PRIORITY));
      LOG.info("Reminder: task {} of case {} was due on {}; priority raised to {}",
          task.getTaskDefinitionKey(), execution.getProcessBusinessKey(), task.getDueDate(),
          OVERDUE_PRIORITY);
    }
  }
}
