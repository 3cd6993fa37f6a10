package ch.ag.funding.submission;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ch.ag.funding.portal.StatusLinkService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every path of the submission slice of {@code fundingApplication} on the in-memory engine, with
 * the real validator and formal check; the reference and status-link services are mocked (the
 * {@code *IT} tests run the same paths on PostgreSQL with the real ones).
 */
@Deployment(resources = {
    "bpmn/funding-application.bpmn",
    "forms/application-submission.form",
    "forms/complete-application.form"})
class FundingApplicationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      // not camunda.cfg.xml: ProcessEngines would build that engine in the Spring tests too
      .configurationResource("camunda-process-test.cfg.xml").build();

  private static final ZoneId SWISS = ZoneId.of("Europe/Zurich");
  private static final Instant NOW =
      ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, SWISS).toInstant();

  private ProcessEngine engine;
  private RuntimeService runtimeService;
  private TaskService taskService;
  private final ReferenceNumberService references = mock(ReferenceNumberService.class);

  @BeforeEach
  void registerServices() {
    engine = extension.getProcessEngine();
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    ClockUtil.setCurrentTime(Date.from(NOW));
    when(references.next()).thenReturn("SI-2026-0042");

    Clock clock = Clock.fixed(NOW, SWISS);
    SubmissionProperties rules = Binder.get(new org.springframework.core.env.StandardEnvironment())
        .bindOrCreate("funding.submission", SubmissionProperties.class);
    FormalCheck formalCheck = new FormalCheck(rules, new EngineClockForTest());
    SubmissionService submissions = new SubmissionService(new ApplicationValidator(), references,
        runtimeService, mock(StatusLinkService.class), mock(PlatformTransactionManager.class),
        clock);
    Mocks.register("registerApplicationListener", new RegisterApplicationListener(submissions));
    Mocks.register("checkFormalRequirementsDelegate",
        new CheckFormalRequirementsDelegate(submissions, formalCheck));
    Mocks.register("applicationCompletedListener", new ApplicationCompletedListener(submissions));
    Mocks.register("applicationTaskNameListener", new ApplicationTaskNameListener());
    // responsibility and budget run with their real services in the *IT tests on PostgreSQL
    Mocks.register("determineResponsibilityDelegate", (JavaDelegate) execution ->
        execution.setVariable("responsibleOffice", "rif-baden"));
    Mocks.register("checkBudgetDelegate", (JavaDelegate) execution ->
        execution.setVariable("budgetSufficient", true));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  private ProcessInstance submit(Map<String, Object> application) {
    return runtimeService.startProcessInstanceByKey("fundingApplication", application);
  }

  @Test
  void formallyCompleteApplicationGetsItsReferenceAndPassesTheFormalCheck() {
    ProcessInstance instance = submit(TestApplications.valid());

    assertThat(instance).isEnded()
        .hasPassedInOrder("applicationSubmitted", "checkFormalRequirements",
            "determineResponsibility", "checkBudget", "Event_ReadyForDecision")
        .variables()
        .containsEntry("reference", "SI-2026-0042")
        .containsEntry("responsibleOffice", "rif-baden")
        .containsEntry("budgetSufficient", true)
        .containsEntry("submissionDate", "2026-11-23")
        .containsEntry("formallyComplete", true);
    org.assertj.core.api.Assertions.assertThat(engine.getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey()).isEqualTo("SI-2026-0042");
  }

  @Test
  void applicationWithProblemsWaitsForCompletionOfferedToTheCanton() {
    ProcessInstance instance = submit(TestApplications.unbalanced());

    assertThat(instance).isWaitingAt("completeApplication");
    assertThat(task()).hasCandidateGroup("canton-mika")
        .hasName("Vervollständigung SI-2026-0042: Sprachcafé Wettingen")
        .hasDueDate(Date.from(NOW.plus(Duration.ofDays(14))));
    SpinJsonNode problems = (SpinJsonNode) runtimeService.getVariable(
        instance.getId(), "formalProblems");
    org.assertj.core.api.Assertions.assertThat(problems.elements()).singleElement()
        .extracting(SpinJsonNode::stringValue).asString()
        .startsWith("Der Finanzierungsplan geht nicht auf");
  }

  @Test
  void correctedApplicationIsCheckedAgainAndGoesOn() {
    ProcessInstance instance = submit(TestApplications.unbalanced());

    taskService.complete(task(instance).getId(), Map.of("totalCost", 20000));

    assertThat(instance).isEnded()
        .hasPassedInOrder("completeApplication", "checkFormalRequirements",
            "determineResponsibility", "checkBudget", "Event_ReadyForDecision")
        .variables().containsEntry("formallyComplete", true);
  }

  @Test
  void applicationStillIncompleteAfterCompletionWaitsAgain() {
    ProcessInstance instance = submit(TestApplications.unbalanced());

    taskService.complete(task(instance).getId(), Map.of("applicantAnswer", "Wir prüfen das noch."));

    assertThat(instance).isWaitingAt("completeApplication");
    org.assertj.core.api.Assertions.assertThat(
        taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
  }

  @Test
  void missedCompletionDeadlineEndsTheCaseAsNotEnteredInto() {
    ProcessInstance instance = submit(TestApplications.unbalanced());

    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofDays(14)).plusSeconds(1)));
    execute(job(instance));

    assertThat(instance).isEnded()
        .hasPassed("Event_CompletionDeadlinePassed", "Event_NotEntered")
        .hasNotPassed("determineResponsibility", "Event_ReadyForDecision")
        .variables().containsEntry("outcome", "NOT_ENTERED");
  }

  @Test
  void malformedSubmissionIsRefusedAndStartsNothing() {
    Map<String, Object> malformed = TestApplications.with(TestApplications.valid(),
        "totalCost", "zwanzigtausend");

    assertThatThrownBy(() -> submit(malformed))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Gesamtkosten");
    org.assertj.core.api.Assertions.assertThat(
        runtimeService.createProcessInstanceQuery().count()).isZero();
    org.assertj.core.api.Assertions.assertThat(
        engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
  }

  @Test
  void businessKeyGivenByTheCallerIsRefused() {
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("fundingApplication",
        "SI-1999-0001", TestApplications.valid()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Aktenzeichen");
    org.assertj.core.api.Assertions.assertThat(
        runtimeService.createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void malformedCompletionIsRefusedAndTheTaskStays() {
    ProcessInstance instance = submit(TestApplications.unbalanced());
    Task task = task(instance);

    assertThatThrownBy(() -> taskService.complete(task.getId(),
        Map.of("projectStart", "1. März")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Projektbeginn");

    assertThat(instance).isWaitingAt("completeApplication");
    org.assertj.core.api.Assertions.assertThat(
        runtimeService.getVariable(instance.getId(), "projectStart"))
        .isEqualTo(TestApplications.valid().get("projectStart"));
  }

  @Test
  void municipalitiesAreStoredAsJson() {
    ProcessInstance instance = submit(TestApplications.with(TestApplications.valid(),
        "municipalities", List.of("Baden", "Wettingen", "Baden")));

    SpinJsonNode municipalities = (SpinJsonNode) engine.getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("municipalities").singleResult().getValue();
    org.assertj.core.api.Assertions.assertThat(municipalities.toString())
        .isEqualTo("[\"Baden\",\"Wettingen\"]");
  }

  /** The formal check's clock follows the engine clock, as in the application. */
  private static final class EngineClockForTest extends Clock {
    @Override
    public ZoneId getZone() {
      return SWISS;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }
}
