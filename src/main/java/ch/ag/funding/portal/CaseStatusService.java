package ch.ag.funding.portal;

import ch.ag.funding.identity.StaffGroup;
import ch.ag.funding.portal.CaseStatus.ApplicantTask;
import ch.ag.funding.portal.CaseStatus.Step;
import ch.ag.funding.portal.StatusLinkService.LinkedCase;
import ch.ag.funding.region.ResponsibilityService;
import ch.ag.funding.region.Region;
import ch.ag.funding.submission.CompletionRequests;
import ch.ag.funding.system.SwissFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Service;

/**
 * The applicant's view of a case (domain.md §7 "Status link"): the steps the case went through,
 * from the engine's history, told in plain German, and the applicant's open task. Nothing else
 * of the case leaves this class: no caseworker names, no internal notes, no amounts of others.
 */
@Service
public class CaseStatusService {

  private final StatusLinkService statusLinks;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final ResponsibilityService offices;

  CaseStatusService(StatusLinkService statusLinks, HistoryService historyService,
      TaskService taskService, ResponsibilityService offices) {
    this.statusLinks = statusLinks;
    this.historyService = historyService;
    this.taskService = taskService;
    this.offices = offices;
  }

  /** The status of the case behind a token; empty for an unknown, malformed or revoked one. */
  public Optional<CaseStatus> status(String token) {
    return statusLinks.find(token).map(this::status);
  }

  private CaseStatus status(LinkedCase linked) {
    Map<String, Object> variables = variables(linked.processInstanceId());
    // once per page: the office's name comes from the perimeters, which are read from the
    // database (three queries), and every step of the timeline may name it
    String office = officeName((String) variables.get("responsibleOffice"));
    List<Step> timeline = new ArrayList<>();
    for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(linked.processInstanceId())
        .orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc()
        .list()) {
      step(activity, office).ifPresent(timeline::add);
    }
    return new CaseStatus(linked.reference(), (String) variables.get("projectTitle"), timeline,
        applicantTask(linked.processInstanceId(), variables));
  }

  private Optional<Step> step(HistoricActivityInstance activity, String office) {
    LocalDate started = day(activity.getStartTime());
    LocalDate ended = activity.getEndTime() == null ? null : day(activity.getEndTime());
    boolean current = activity.getEndTime() == null;
    return Optional.ofNullable(switch (activity.getActivityId()) {
      case "applicationSubmitted" -> new Step("Gesuch eingereicht",
          "Ihr Gesuch ist bei uns eingegangen.", started, ended, false);
      case "checkFormalRequirements" -> new Step("Formelle Prüfung",
          "Wir prüfen, ob das Gesuch vollständig ist und die Förderregeln einhält.", started,
          ended, current);
      case "completeApplication" -> new Step(current ? "Ihre Ergänzung ist gefragt"
          : "Ergänzung erhalten", current
          ? "Bitte ergänzen Sie das Gesuch oder beantworten Sie unsere Frage (siehe oben)."
          : "Vielen Dank für Ihre Angaben.", started, ended, current);
      case "rifPreDecision" -> new Step("In Prüfung bei " + office,
          "Die regionale Integrationsfachstelle prüft Ihr Gesuch.", started, ended, current);
      case "cantonDecision" -> new Step("In Prüfung beim Kanton",
          "Die Sektion Integration und Beratung des Kantons entscheidet über Ihr Gesuch.",
          started, ended, current);
      case "Event_Approved" -> new Step("Gesuch bewilligt",
          "Sie erhalten den Entscheid und die Leistungsvereinbarung in den nächsten Tagen.",
          started, ended, false);
      case "Event_Rejected" -> new Step("Gesuch abgelehnt",
          "Sie erhalten den begründeten Entscheid in den nächsten Tagen.", started, ended,
          false);
      case "acceptAgreement" -> new Step(current ? "Leistungsvereinbarung annehmen"
          : "Leistungsvereinbarung abgeschlossen", current
          ? "Bitte nehmen Sie die Leistungsvereinbarung an (siehe oben)."
          : "Die Vereinbarung gilt; die Vorauszahlung wird ausgelöst.", started, ended, current);
      case "submitReport" -> new Step(current ? "Bericht einreichen" : "Bericht eingereicht",
          current ? "Bitte reichen Sie den Bericht ein (siehe oben)."
              : "Vielen Dank für Ihren Bericht.", started, ended, current);
      case "reviewReport" -> new Step("Bericht in Prüfung",
          "Die zuständige Stelle prüft Ihren Bericht.", started, ended, current);
      case "Event_Closed" -> new Step("Projekt abgeschlossen",
          "Die Abrechnung ist abgeschlossen; Sie erhalten die Schlussabrechnung.", started,
          ended, false);
      case "Event_ClawedBack" -> new Step("Beitrag zurückgefordert",
          "Sie erhalten das begründete Schreiben mit den Zahlungsangaben.", started, ended,
          false);
      case "Event_Withdrawn" -> new Step("Gesuch zurückgezogen",
          "Die Leistungsvereinbarung wurde nicht innert Frist angenommen; der Beitrag ist"
              + " verfallen.", started, ended, false);
      case "Event_NotEntered" -> new Step("Nichteintreten",
          "Das Gesuch wurde nicht innert Frist ergänzt; wir können nicht darauf eintreten.",
          started, ended, false);
      default -> null;
    });
  }

  private ApplicantTask applicantTask(String processInstanceId, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKeyIn("completeApplication", "acceptAgreement", "submitReport")
        .singleResult();
    if (task == null) {
      return null;
    }
    LocalDate due = task.getDueDate() == null ? null : day(task.getDueDate());
    if ("submitReport".equals(task.getTaskDefinitionKey())) {
      return new ApplicantTask("Bericht einreichen", "Bitte reichen Sie den Bericht über Ihr"
          + " Projekt ein und laden Sie die Belege unter «Dokumente» hoch.", List.of(), due);
    }
    if ("acceptAgreement".equals(task.getTaskDefinitionKey())) {
      return new ApplicantTask("Leistungsvereinbarung annehmen",
          "Ihr Projekt ist bewilligt. Bitte lesen Sie die Bedingungen und nehmen Sie die"
              + " Leistungsvereinbarung an; erst danach zahlen wir die Vorauszahlung aus.",
          List.of(), due);
    }
    if (CompletionRequests.answersQuestion(variables.get(CompletionRequests.PURPOSE))) {
      return new ApplicantTask("Rückfrage der Fachstelle",
          "Die Fachstelle hat eine Frage zu Ihrem Gesuch:",
          List.of(String.valueOf(variables.get("rifQuestion"))), due);
    }
    return new ApplicantTask("Ihr Gesuch ist noch nicht vollständig",
        "Bitte ergänzen oder korrigieren Sie die folgenden Punkte:",
        strings(variables.get("formalProblems")), due);
  }

  private Map<String, Object> variables(String processInstanceId) {
    Map<String, Object> variables = new java.util.HashMap<>();
    for (HistoricVariableInstance variable : historyService
        .createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableNameIn("projectTitle", "responsibleOffice", "formalProblems", "rifQuestion",
            CompletionRequests.PURPOSE)
        .list()) {
      variables.put(variable.getName(), variable.getValue());
    }
    return variables;
  }

  private String officeName(String office) {
    if (office == null || StaffGroup.CANTON_MIKA.equals(office)) {
      return "der Sektion Integration und Beratung des Kantons";
    }
    return offices.perimeters().region(office).map(Region::name).orElse(office);
  }

  private static List<String> strings(Object json) {
    if (!(json instanceof SpinJsonNode node) || !node.isArray()) {
      return List.of();
    }
    return node.elements().stream().map(SpinJsonNode::stringValue).toList();
  }

  private static LocalDate day(Date date) {
    return LocalDate.ofInstant(date.toInstant(), SwissFormat.ZONE);
  }
}
