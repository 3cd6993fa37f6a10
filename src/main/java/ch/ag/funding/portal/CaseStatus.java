package ch.ag.funding.portal;

import java.time.LocalDate;
import java.util.List;

/**
 * What an applicant sees of a case under the status link: the reference, the project title and
 * the timeline in plain German, the current step last.
 *
 * @param waitingForApplicant an open task of the applicant, or null
 */
public record CaseStatus(String reference, String projectTitle, List<Step> timeline,
    ApplicantTask waitingForApplicant) {

  /** One step of the case, with the day it started (and ended, when it is done). */
  public record Step(String title, String detail, LocalDate started, LocalDate ended,
      boolean current) {}

  /** Something the applicant is asked to do, until a deadline. */
  public record ApplicantTask(String title, String explanation, List<String> points,
      LocalDate dueDate) {}
}
