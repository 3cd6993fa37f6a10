package ch.ag.funding.decision;

import ch.ag.funding.system.SwissFormat;
import java.util.Comparator;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * Takes the comments that staff wrote on a task in Tasklist into the case's history when the task
 * is completed, so that the next office's task form shows them in its "Verlauf" (forms cannot
 * read Camunda's comments themselves). The step is the task's name in the model, the entry's
 * date the comment's day. On every staff user task, event {@code complete}.
 */
@Component
public class TaskCommentsListener implements TaskListener {

  static final String WHAT = "Kommentar";

  private final CaseHistory history;

  public TaskCommentsListener(CaseHistory history) {
    this.history = history;
  }

  @Override
  public void notify(DelegateTask task) {
    String step = task.getBpmnModelElementInstance().getName();
    task.getProcessEngineServices().getTaskService().getTaskComments(task.getId()).stream()
        .sorted(Comparator.comparing(Comment::getTime))
        .forEach(comment -> history.append(task.getExecution(),
            comment.getTime().toInstant().atZone(SwissFormat.ZONE).toLocalDate(), step,
            comment.getUserId(), WHAT, comment.getFullMessage()));
  }
}
