package ch.ag.funding.notification;

import ch.ag.funding.notification.MailOutbox.Purpose;
import ch.ag.funding.region.Region;
import ch.ag.funding.region.Responsibility;
import ch.ag.funding.region.ResponsibilityService;
import ch.ag.funding.system.SwissFormat;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messages of a case (issue 7): who is told what at which step. Each method queues its mail
 * in the caller's transaction (the process step that causes it); the outbox sends it afterwards.
 * The texts are templates; this class only gathers their values.
 */
@Service
public class CaseNotifications {

  /** How the canton signs, where an office's name is needed. */
  static final String CANTON_NAME = "Kanton Aargau, Sektion Integration und Beratung";

  private final MailOutbox outbox;
  private final StatusLinks statusLinks;
  private final ResponsibilityService offices;
  private final MailProperties properties;

  CaseNotifications(MailOutbox outbox, StatusLinks statusLinks, ResponsibilityService offices,
      MailProperties properties) {
    this.outbox = outbox;
    this.statusLinks = statusLinks;
    this.offices = offices;
    this.properties = properties;
  }

  /**
   * The acknowledgement of a new application, with its status link.
   *
   * @param link the link issued at submission, or null to issue one (an application entered by
   *     staff from paper)
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void acknowledge(CaseFacts facts, String link) {
    Map<String, Object> values = applicantValues(facts,
        link != null ? link : statusLinks.issue(facts.reference(), facts.processInstanceId()));
    values.put("submissionDate", facts.submissionDate() == null ? ""
        : SwissFormat.date(facts.submissionDate()));
    values.put("recoveryUrl", statusLinks.baseUrl() + "/status-link");
    toApplicant(facts, Purpose.ACKNOWLEDGEMENT, values, List.of());
  }

  /** A request to complete the application or to answer the office's question, with its deadline. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void requestCompletion(CaseFacts facts) {
    Map<String, Object> values = applicantValues(facts, newLink(facts));
    values.put("question", facts.questionAsked());
    values.put("questionText", facts.question() == null ? "" : facts.question());
    values.put("problems", facts.formalProblems());
    values.put("dueDate", date(facts.completionDue()));
    toApplicant(facts, Purpose.COMPLETION_REQUEST, values, List.of());
  }

  /** Tells the responsible office (a RIF or the canton) of a new, complete case, once. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void notifyResponsibleOffice(CaseFacts facts) {
    Office office = office(facts.responsibleOffice());
    Map<String, Object> values = caseValues(facts);
    values.put("officeName", office.name());
    values.put("municipalities", String.join(", ", facts.application().municipalities()));
    values.put("requestedAmount", SwissFormat.chf(facts.application().requestedAmount()));
    values.put("responsibilityReason", facts.responsibilityReason() == null ? ""
        : facts.responsibilityReason());
    values.put("tasklistUrl", tasklistUrl());
    outbox.queue(facts.reference(), Purpose.OFFICE_NEW_CASE, office.address(), values);
  }

  /** Tells the canton that a RIF approved a small project alone. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void informCanton(CaseFacts facts) {
    Map<String, Object> values = caseValues(facts);
    values.put("officeName", office(facts.responsibleOffice()).name());
    values.put("requestedAmount", SwissFormat.chf(facts.application().requestedAmount()));
    values.put("approvedAmount", SwissFormat.chf(facts.approvedAmount()));
    values.put("decidedBy", facts.decidedBy() == null ? "" : facts.decidedBy());
    values.put("cockpitUrl", statusLinks.baseUrl()
        + "/camunda/app/cockpit/default/#/process-instance/" + facts.processInstanceId());
    outbox.queue(facts.reference(), Purpose.OFFICE_CANTON_INFORMED, properties.cantonAddress(),
        values);
  }

  /** Reminds the office whose decision task is overdue. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void remindOfOverdueTask(CaseFacts facts, String officeId, String taskName, Date due) {
    Map<String, Object> values = caseValues(facts);
    values.put("taskName", taskName);
    values.put("dueDate", date(due));
    values.put("tasklistUrl", tasklistUrl());
    outbox.queue(facts.reference(), Purpose.OFFICE_TASK_OVERDUE, office(officeId).address(),
        values);
  }

  /**
   * The decision's mail to the applicant (approval, rejection or not entered into), with its
   * letter attached.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void sendDecision(CaseFacts facts, Purpose purpose, long letterDocumentId) {
    sendDecision(facts, purpose, letterDocumentId, facts.decisionReason());
  }

  /** As {@link #sendDecision(CaseFacts, Purpose, long)}, with the reason given explicitly. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void sendDecision(CaseFacts facts, Purpose purpose, long letterDocumentId,
      String reason) {
    Map<String, Object> values = applicantValues(facts, newLink(facts));
    values.put("problems", facts.formalProblems());
    values.put("dueDate", date(facts.completionDue()));
    values.put("reason", reason == null ? "" : reason);
    values.put("decidingOffice", decidingOffice(facts));
    values.put("requestedAmount", SwissFormat.chf(facts.application().requestedAmount()));
    values.put("finalPayment", SwissFormat.chf(facts.finalPayment()));
    values.put("repaymentClaim", SwissFormat.chf(facts.repaymentClaim()));
    values.put("paysOut", facts.finalPayment().signum() > 0);
    values.put("claimsBack", facts.repaymentClaim().signum() > 0);
    if (facts.approvedAmount() != null) {
      values.put("approvedAmount", SwissFormat.chf(facts.approvedAmount()));
      values.put("reduced",
          facts.approvedAmount().compareTo(facts.application().requestedAmount()) < 0);
    }
    toApplicant(facts, purpose, values, List.of(letterDocumentId));
  }

  /** Reminds the applicant that the agreement waits for acceptance until the deadline. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void remindOfAgreement(CaseFacts facts, LocalDate due) {
    Map<String, Object> values = applicantValues(facts, newLink(facts));
    values.put("dueDate", SwissFormat.date(due));
    values.put("approvedAmount", SwissFormat.chf(facts.approvedAmount()));
    toApplicant(facts, Purpose.AGREEMENT_REMINDER, values, List.of());
  }

  /** Tells the applicant the case was closed as withdrawn: the agreement was not accepted. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void withdraw(CaseFacts facts, LocalDate due) {
    Map<String, Object> values = applicantValues(facts, newLink(facts));
    values.put("dueDate", SwissFormat.date(due));
    values.put("approvedAmount", SwissFormat.chf(facts.approvedAmount()));
    toApplicant(facts, Purpose.WITHDRAWAL, values, List.of());
  }

  /**
   * A mail about the report the case waits for: a reminder, the Mahnung, the confirmation that
   * it arrived, or the office's request for changes (with its comment).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void aboutReport(CaseFacts facts, Purpose purpose, String reportKind, LocalDate due,
      String comment) {
    Map<String, Object> values = applicantValues(facts, newLink(facts));
    values.put("reportKind", reportKind);
    values.put("dueDate", due == null ? "" : SwissFormat.date(due));
    values.put("comment", comment == null ? "" : comment);
    toApplicant(facts, purpose, values, List.of());
  }

  /** The German name of the office that took the case's decision. */
  public String decidingOffice(CaseFacts facts) {
    return facts.decidedByCanton() ? CANTON_NAME : office(facts.responsibleOffice()).name();
  }

  /** The German name of an office (a RIF or the canton). */
  public String officeName(String officeId) {
    return office(officeId).name();
  }

  private record Office(String name, String address) {}

  private Office office(String id) {
    if (id == null || Responsibility.CANTON.equals(id)) {
      return new Office(CANTON_NAME, properties.cantonAddress());
    }
    Region region = offices.perimeters().region(id).orElseThrow(() ->
        new IllegalStateException("Unknown responsible office " + id));
    return new Office(region.name(), region.contactEmail());
  }

  private void toApplicant(CaseFacts facts, Purpose purpose, Map<String, Object> values,
      List<Long> attachments) {
    outbox.queue(facts.reference(), purpose, facts.application().contactEmail(), values,
        attachments);
  }

  private String newLink(CaseFacts facts) {
    return statusLinks.issue(facts.reference(), facts.processInstanceId());
  }

  private static Map<String, Object> caseValues(CaseFacts facts) {
    Map<String, Object> values = new HashMap<>();
    values.put("reference", facts.reference());
    values.put("projectTitle", facts.application().projectTitle());
    values.put("organisationName", facts.application().organisationName());
    return values;
  }

  private static Map<String, Object> applicantValues(CaseFacts facts, String link) {
    Map<String, Object> values = caseValues(facts);
    values.put("contactName", facts.application().contactName());
    values.put("link", link);
    return values;
  }

  private String tasklistUrl() {
    return statusLinks.baseUrl() + "/camunda/app/tasklist/";
  }

  private static String date(Date date) {
    return date == null ? "" : SwissFormat.date(LocalDate.ofInstant(date.toInstant(),
        SwissFormat.ZONE));
  }
}
