package ch.ag.funding.submission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Task "completeApplication", when it is completed: the corrected application must be
 * well-formed. An execution listener on the task's end rather than a task listener, because the
 * engine wraps a task listener's exception, and the REST API then answers 500 instead of 400. Not
 * applied when the deadline cancels the task.
 */
@Component
class ApplicationCompletedListener implements ExecutionListener {

  private final SubmissionService submissions;

  ApplicationCompletedListener(SubmissionService submissions) {
    this.submissions = submissions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      submissions.revise(execution);
    }
  }
}
