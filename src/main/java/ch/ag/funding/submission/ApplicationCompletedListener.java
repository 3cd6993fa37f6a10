package ch.ag.funding.submission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Task "completeApplication", when it is completed: the corrected application must be
 * well-formed, and a question of the RIF answered. An execution listener on the task's end rather than a task listener, because the
 * engine wraps a task listener's exception, and the REST API then answers 500 instead of 400. Not
 * applied when the deadline cancels the task.
 */
@Component
class ApplicationCompletedListener implements ExecutionListener {

  private final SubmissionService submissions;
  private final CompletionRequests completionRequests;

  ApplicationCompletedListener(SubmissionService submissions,
      CompletionRequests completionRequests) {
    this.submissions = submissions;
    this.completionRequests = completionRequests;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      completionRequests.requireAnswer(execution);
      submissions.revise(execution);
    }
  }
}
