package ch.ag.funding.submission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names a user task after its application, so that task lists are readable: the model's name
 * "Vervollständigung" becomes "Vervollständigung SI-2026-0042: Sprachcafé Wettingen". For every
 * user task of the case, on create.
 */
@Component
public class ApplicationTaskNameListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setName(task.getName() + " " + task.getVariable(ApplicationVariables.REFERENCE) + ": "
        + task.getVariable("projectTitle"));
  }
}
