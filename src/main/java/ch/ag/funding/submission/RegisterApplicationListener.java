package ch.ag.funding.submission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start event "Gesuch eingereicht": validates the submission and gives it its reference. */
@Component
class RegisterApplicationListener implements ExecutionListener {

  private final SubmissionService submissions;

  RegisterApplicationListener(SubmissionService submissions) {
    this.submissions = submissions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    submissions.register(execution);
  }
}
