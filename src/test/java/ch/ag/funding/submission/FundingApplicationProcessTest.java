package ch.ag.funding.submission;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.ag.funding.budget.BookingType;
import ch.ag.funding.budget.BudgetKey;
import ch.ag.funding.budget.BudgetService;
import ch.ag.funding.budget.BudgetService.BookingRequest;
import ch.ag.funding.budget.LedgerRefusedException;
import ch.ag.funding.budget.ReserveBudgetDelegate;
import ch.ag.funding.decision.CantonDecisionCompletedListener;
import ch.ag.funding.decision.DecisionDeadlines;
import ch.ag.funding.decision.DecisionProperties;
import ch.ag.funding.decision.DecisionRoutes;
import ch.ag.funding.decision.DecisionRules;
import ch.ag.funding.decision.InformCantonDelegate;
import ch.ag.funding.budget.CaseBudgetSummary;
import ch.ag.funding.budget.ShowCaseBudgetListener;
import ch.ag.funding.decision.CaseHistory;
import ch.ag.funding.decision.TaskCommentsListener;
import ch.ag.funding.decision.RemindOfOverdueDecisionDelegate;
import ch.ag.funding.agreement.AgreementAcceptedListener;
import ch.ag.funding.agreement.AgreementDeadlines;
import ch.ag.funding.agreement.AgreementProperties;
import ch.ag.funding.agreement.AgreementTerms;
import ch.ag.funding.agreement.PrepareAgreementListener;
import ch.ag.funding.budget.BookAdvancePaymentDelegate;
import ch.ag.funding.budget.ReleaseReservationDelegate;
import ch.ag.funding.letter.LetterFacts;
import ch.ag.funding.letter.LetterType;
import ch.ag.funding.budget.ClaimRepaymentDelegate;
import ch.ag.funding.budget.SettleAccountsDelegate;
import ch.ag.funding.notification.ConfirmReportDelegate;
import ch.ag.funding.notification.MailOutbox;
import ch.ag.funding.notification.RemindAgreementDelegate;
import ch.ag.funding.notification.RemindReportDelegate;
import ch.ag.funding.notification.RequestReportChangesDelegate;
import ch.ag.funding.notification.SendClawbackLetterDelegate;
import ch.ag.funding.notification.SendReportDunningDelegate;
import ch.ag.funding.notification.SendSettlementLetterDelegate;
import ch.ag.funding.payment.InstructFinalPaymentDelegate;
import ch.ag.funding.reporting.ClawbackReviewedListener;
import ch.ag.funding.reporting.PlanReportsDelegate;
import ch.ag.funding.reporting.PrepareReportReviewListener;
import ch.ag.funding.reporting.ReportDeadlines;
import ch.ag.funding.reporting.ReportReviewedListener;
import ch.ag.funding.reporting.ReportRules;
import ch.ag.funding.reporting.ReportSubmittedListener;
import ch.ag.funding.reporting.ReportingProperties;
import ch.ag.funding.notification.SendWithdrawalDelegate;
import ch.ag.funding.payment.InstructAdvancePaymentDelegate;
import ch.ag.funding.payment.PaymentInstructions;
import ch.ag.funding.payment.PaymentKind;
import ch.ag.funding.notification.CaseNotifications;
import ch.ag.funding.notification.DecisionLetters;
import ch.ag.funding.notification.NotifyResponsibleOfficeDelegate;
import ch.ag.funding.notification.RequestCompletionDelegate;
import ch.ag.funding.notification.SendAcknowledgementDelegate;
import ch.ag.funding.notification.SendApprovalLetterDelegate;
import ch.ag.funding.notification.SendNotEnteredLetterDelegate;
import ch.ag.funding.notification.SendRejectionLetterDelegate;
import ch.ag.funding.decision.RifPreDecisionCompletedListener;
import ch.ag.funding.portal.StatusLinkService;
import ch.ag.funding.region.DetermineResponsibilityDelegate;
import ch.ag.funding.region.Perimeters;
import ch.ag.funding.region.ReferencePerimeters;
import ch.ag.funding.region.ResponsibilityService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every path of {@code fundingApplication} on the in-memory engine, with the real validator,
 * formal check, perimeters and decision rules; the reference, status-link and budget services are
 * mocked (the {@code *IT} tests run the same paths on PostgreSQL with the real ones). The class
 * fails unless its tests together cover every flow node and sequence flow of the model; the
 * report is written to {@code target/process-test-coverage}.
 */
@Deployment(resources = {
    "bpmn/funding-application.bpmn",
    "forms/application-submission.form",
    "forms/complete-application.form",
    "forms/rif-pre-decision.form",
    "forms/canton-decision.form"})
class FundingApplicationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      // not camunda.cfg.xml: ProcessEngines would build that engine in the Spring tests too
      .configurationResource("camunda-process-test.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private static final ZoneId SWISS = ZoneId.of("Europe/Zurich");
  private static final Instant NOW =
      ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, SWISS).toInstant();
  private static final String RIF_USER = "rif-baden-demo";
  private static final String CANTON_USER = "canton-demo";

  private ProcessEngine engine;
  private RuntimeService runtimeService;
  private TaskService taskService;
  private IdentityService identityService;
  private final ReferenceNumberService references = mock(ReferenceNumberService.class);
  private final ResponsibilityService responsibilities = mock(ResponsibilityService.class);
  private final BudgetService budgets = mock(BudgetService.class);
  private final CaseNotifications notifications = mock(CaseNotifications.class);
  private final DecisionLetters letters = mock(DecisionLetters.class);
  private final StatusLinkService statusLinks = mock(StatusLinkService.class);
  private final PaymentInstructions payments = mock(PaymentInstructions.class);
  private final CaseBudgetSummary caseBudgetSummary = mock(CaseBudgetSummary.class);

  @BeforeEach
  void registerServices() {
    engine = extension.getProcessEngine();
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    identityService = engine.getIdentityService();
    ClockUtil.setCurrentTime(Date.from(NOW));
    when(references.next()).thenReturn("SI-2026-0042");
    when(budgets.stillReserved(any(), any())).thenReturn(BigDecimal.ZERO);
    // the release's rule runs for real on the mocked ledger: the tests see its bookings
    doCallRealMethod().when(budgets).releaseWhatIsLeft(any(), any(), any());
    Perimeters perimeters = ReferencePerimeters.load();
    when(responsibilities.responsibility(any(), anyBoolean(), any())).thenAnswer(call ->
        perimeters.responsibility(call.<Collection<String>>getArgument(0),
            call.<Boolean>getArgument(1), call.<LocalDate>getArgument(2)));

    Clock engineClock = new EngineClockForTest();
    Binder binder = Binder.get(new StandardEnvironment());
    SubmissionProperties rules = binder.bindOrCreate("funding.submission",
        SubmissionProperties.class);
    DecisionProperties decisionProperties = binder.bindOrCreate("funding.decision",
        DecisionProperties.class);
    FormalCheck formalCheck = new FormalCheck(rules, engineClock);
    SubmissionService submissions = new SubmissionService(new ApplicationValidator(), references,
        runtimeService, statusLinks, mock(PlatformTransactionManager.class),
        Clock.fixed(NOW, SWISS));
    DecisionRules decisionRules = new DecisionRules(decisionProperties);
    CaseHistory caseHistory = new CaseHistory(engineClock);
    Mocks.register("registerApplicationListener", new RegisterApplicationListener(submissions));
    Mocks.register("checkFormalRequirementsDelegate",
        new CheckFormalRequirementsDelegate(submissions, formalCheck));
    Mocks.register("completionRequests", new CompletionRequests(formalCheck));
    Mocks.register("applicationCompletedListener",
        new ApplicationCompletedListener(submissions, new CompletionRequests(formalCheck)));
    Mocks.register("applicationTaskNameListener", new ApplicationTaskNameListener());
    Mocks.register("taskCommentsListener", new TaskCommentsListener(caseHistory));
    Mocks.register("showCaseBudgetListener", new ShowCaseBudgetListener(caseBudgetSummary));
    Mocks.register("determineResponsibilityDelegate",
        new DetermineResponsibilityDelegate(submissions, responsibilities));
    // the budget check runs with its real service in the *IT tests on PostgreSQL
    Mocks.register("checkBudgetDelegate", (JavaDelegate) execution -> {
      execution.setVariable("budgetAvailable", 40000.0);
      execution.setVariable("budgetSufficient", true);
      execution.setVariable("budgetSummary", "Verfügbar: CHF 40'000.00");
    });
    Mocks.register("decisionRoutes", new DecisionRoutes(decisionRules));
    Mocks.register("decisionDeadlines", new DecisionDeadlines(decisionProperties, engineClock));
    Mocks.register("rifPreDecisionCompletedListener",
        new RifPreDecisionCompletedListener(submissions, decisionRules, identityService,
            caseHistory));
    Mocks.register("cantonDecisionCompletedListener",
        new CantonDecisionCompletedListener(submissions, decisionRules, identityService,
            caseHistory));
    Mocks.register("reserveBudgetDelegate", new ReserveBudgetDelegate(submissions, budgets));
    Mocks.register("informCantonDelegate", new InformCantonDelegate(submissions, notifications));
    Mocks.register("remindOfOverdueDecisionDelegate",
        new RemindOfOverdueDecisionDelegate(taskService, submissions, notifications));
    // the mails and letters are produced with their real services in the *IT tests
    Mocks.register("sendAcknowledgementDelegate",
        new SendAcknowledgementDelegate(submissions, statusLinks, notifications));
    Mocks.register("requestCompletionDelegate",
        new RequestCompletionDelegate(submissions, notifications));
    Mocks.register("notifyResponsibleOfficeDelegate",
        new NotifyResponsibleOfficeDelegate(submissions, notifications));
    Mocks.register("sendApprovalLetterDelegate",
        new SendApprovalLetterDelegate(submissions, letters));
    Mocks.register("sendRejectionLetterDelegate",
        new SendRejectionLetterDelegate(submissions, letters));
    Mocks.register("sendNotEnteredLetterDelegate",
        new SendNotEnteredLetterDelegate(submissions, letters));
    AgreementProperties agreement = binder.bindOrCreate("funding.agreement",
        AgreementProperties.class);
    AgreementDeadlines agreementDeadlines = new AgreementDeadlines(agreement, engineClock);
    Mocks.register("agreementDeadlines", agreementDeadlines);
    Mocks.register("prepareAgreementListener", new PrepareAgreementListener(submissions,
        new AgreementTerms(agreement), agreementDeadlines));
    Mocks.register("agreementAcceptedListener",
        new AgreementAcceptedListener(identityService, engineClock, caseHistory));
    Mocks.register("remindAgreementDelegate",
        new RemindAgreementDelegate(submissions, notifications));
    Mocks.register("sendWithdrawalDelegate",
        new SendWithdrawalDelegate(submissions, notifications));
    Mocks.register("bookAdvancePaymentDelegate",
        new BookAdvancePaymentDelegate(submissions, budgets));
    Mocks.register("releaseReservationDelegate",
        new ReleaseReservationDelegate(submissions, budgets));
    Mocks.register("instructAdvancePaymentDelegate",
        new InstructAdvancePaymentDelegate(submissions, payments));
    ReportingProperties reporting = binder.bindOrCreate("funding.reporting",
        ReportingProperties.class);
    ReportDeadlines reportDeadlines = new ReportDeadlines(reporting, engineClock);
    ReportRules reportRules = new ReportRules();
    Mocks.register("reportDeadlines", reportDeadlines);
    Mocks.register("planReportsDelegate", new PlanReportsDelegate(submissions,
        new AgreementTerms(agreement), reportDeadlines));
    Mocks.register("reportSubmittedListener", new ReportSubmittedListener(reportRules,
        engineClock));
    Mocks.register("prepareReportReviewListener", new PrepareReportReviewListener());
    Mocks.register("reportReviewedListener", new ReportReviewedListener(reportRules,
        identityService, caseHistory));
    Mocks.register("clawbackReviewedListener", new ClawbackReviewedListener(reportRules,
        engineClock, caseHistory));
    Mocks.register("remindReportDelegate", new RemindReportDelegate(submissions, notifications));
    Mocks.register("sendReportDunningDelegate",
        new SendReportDunningDelegate(submissions, notifications));
    Mocks.register("confirmReportDelegate", new ConfirmReportDelegate(submissions, notifications));
    Mocks.register("requestReportChangesDelegate",
        new RequestReportChangesDelegate(submissions, notifications));
    Mocks.register("settleAccountsDelegate", new SettleAccountsDelegate(submissions, budgets));
    Mocks.register("instructFinalPaymentDelegate",
        new InstructFinalPaymentDelegate(submissions, payments));
    Mocks.register("sendSettlementLetterDelegate",
        new SendSettlementLetterDelegate(submissions, letters));
    Mocks.register("claimRepaymentDelegate", new ClaimRepaymentDelegate(submissions, budgets));
    Mocks.register("sendClawbackLetterDelegate",
        new SendClawbackLetterDelegate(submissions, letters));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  private ProcessInstance submit(Map<String, Object> application) {
    return runtimeService.startProcessInstanceByKey("fundingApplication", application);
  }

  private Task openTask(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult();
  }

  private void complete(String user, ProcessInstance instance, String key, Object... variables) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    identityService.setAuthenticatedUserId(user);
    try {
      taskService.complete(openTask(instance, key).getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Object variable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }

  /** Runs a letter's own job and checks that the case's letter of this type was sent. */
  private void sendsLetter(ProcessInstance instance, String activity, LetterType type) {
    assertThat(instance).isWaitingAt(activity);
    execute(job(instance));
    verify(letters).send(argThat(facts -> "SI-2026-0042".equals(facts.reference())), eq(type));
  }

  private void moveClock(Duration by) {
    ClockUtil.setCurrentTime(Date.from(NOW.plus(by)));
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return jobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
        .singleResult();
  }

  private BookingRequest reservation(String office, double amount, String by) {
    int year = LocalDate.parse((String) TestApplications.valid().get("projectStart")).getYear();
    return new BookingRequest(new BudgetKey(office, year,
        Application.FundingSource.KIP), BookingType.RESERVATION,
        "SI-2026-0042", BigDecimal.valueOf(amount), by, "SI-2026-0042/RESERVATION");
  }

  // --- submission and formal check

  @Test
  void formallyCompleteApplicationGetsItsReferenceAndReachesItsRif() {
    ProcessInstance instance = submit(TestApplications.valid());

    assertThat(instance).isWaitingAt("rifPreDecision")
        .hasPassedInOrder("applicationSubmitted", "sendAcknowledgement",
            "checkFormalRequirements", "determineResponsibility", "notifyResponsibleOffice",
            "checkBudget")
        .variables()
        .containsEntry("reference", "SI-2026-0042")
        .containsEntry("responsibleOffice", "rif-baden")
        .containsEntry("budgetSufficient", true)
        .containsEntry("submissionDate", "2026-11-23")
        .containsEntry("formallyComplete", true);
    assertThat(task()).hasCandidateGroup("rif-baden")
        .hasName("Vorentscheid SI-2026-0042: Sprachcafé Wettingen")
        .hasDueDate(Date.from(NOW.plus(Duration.ofDays(20))));
    // staff-entered (no transient status link from the portal): the acknowledgement issues one
    verify(notifications).acknowledge(argThat(facts -> "SI-2026-0042".equals(facts.reference())
        && "Sprachcafé Wettingen".equals(facts.application().projectTitle())), isNull());
    verify(notifications).notifyResponsibleOffice(
        argThat(facts -> "rif-baden".equals(facts.responsibleOffice())));
    verify(notifications, never()).requestCompletion(any());
    org.assertj.core.api.Assertions.assertThat(engine.getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey()).isEqualTo("SI-2026-0042");
  }

  @Test
  void applicationWithProblemsWaitsForCompletionOfferedToTheCanton() {
    ProcessInstance instance = submit(TestApplications.unbalanced());

    assertThat(instance).isWaitingAt("completeApplication")
        .hasPassedInOrder("checkFormalRequirements", "requestCompletion")
        .variables().containsEntry("completionPurpose", "FORMAL_CHECK");
    verify(notifications).requestCompletion(argThat(facts -> !facts.questionAsked()
        && facts.formalProblems().size() == 1
        && facts.completionDue().equals(Date.from(NOW.plus(Duration.ofDays(14))))));
    verify(notifications, never()).notifyResponsibleOffice(any());
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

    assertThat(instance).isWaitingAt("rifPreDecision")
        .hasPassedInOrder("completeApplication", "checkFormalRequirements",
            "determineResponsibility", "checkBudget")
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

    moveClock(Duration.ofDays(14).plusSeconds(1));
    execute(job(instance));
    sendsLetter(instance, "sendNotEnteredLetter", LetterType.NOT_ENTERED);

    assertThat(instance).isEnded()
        .hasPassed("Event_CompletionDeadlinePassed", "Event_NotEntered")
        .hasNotPassed("determineResponsibility", "rifPreDecision")
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

    SpinJsonNode municipalities = (SpinJsonNode) variable(instance, "municipalities");
    org.assertj.core.api.Assertions.assertThat(municipalities.toString())
        .isEqualTo("[\"Baden\",\"Wettingen\"]");
  }

  // --- responsibility

  static Stream<Arguments> responsibilities() {
    return Stream.of(
        Arguments.of("one RIF", List.of("Wettingen"), false, "rifPreDecision", "rif-baden",
            "Region Baden"),
        Arguments.of("two RIF", List.of("Wettingen", "Aarau"), false, "cantonDecision",
            "canton-mika", "mehrere"),
        Arguments.of("outside every RIF", List.of("Spreitenbach"), false, "cantonDecision",
            "canton-mika", "Spreitenbach"),
        Arguments.of("supra-regional", List.of("Wettingen"), true, "cantonDecision",
            "canton-mika", "überregional"),
        Arguments.of("unknown municipality", List.of("Wettingen", "Atlantis"), false,
            "cantonDecision", "canton-mika", "Atlantis"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("responsibilities")
  void responsibilityDecidesWhoDecidesFirst(String label, List<String> municipalities,
      boolean supraRegional, String firstTask, String office, String reasonMentions) {
    Map<String, Object> application = TestApplications.with(TestApplications.valid(),
        "municipalities", municipalities);
    application.put("supraRegional", supraRegional);

    ProcessInstance instance = submit(application);

    assertThat(instance).isWaitingAt(firstTask).variables()
        .containsEntry("responsibleOffice", office);
    org.assertj.core.api.Assertions.assertThat((String) variable(instance,
        "responsibilityReason")).containsIgnoringCase(reasonMentions);
    assertThat(openTask(instance, firstTask)).hasCandidateGroup(office);
    if ("cantonDecision".equals(firstTask)) {
      assertThat(instance).hasNotPassed("rifPreDecision");
      assertThat(openTask(instance, firstTask))
          .hasName("Entscheid Kanton SI-2026-0042: Sprachcafé Wettingen")
          .hasDueDate(Date.from(NOW.plus(Duration.ofDays(30))));
    }
  }

  // --- RIF pre-decision: small projects, decided by the RIF alone

  @Test
  void smallProjectApprovedByTheRifIsReservedAndTheCantonInformed() {
    ProcessInstance instance = submit(TestApplications.small());

    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "APPROVE");

    verify(budgets).book(reservation("rif-baden", 4000, RIF_USER));
    assertThat(instance).hasPassedInOrder("rifPreDecision", "reserveBudget", "Event_Approved")
        .hasNotPassed("cantonDecision")
        .variables()
        .containsEntry("outcome", "APPROVED")
        .containsEntry("approvedAmount", 4000.0)
        .containsEntry("rifDecidedBy", RIF_USER);
    sendsLetter(instance, "sendApprovalLetter", LetterType.APPROVAL);
    assertThat(instance).isWaitingAt("informCanton");
    execute(job(instance));
    verify(notifications).informCanton(any());
    assertThat(instance).isWaitingAt("acceptAgreement").hasPassed("informCanton");
  }

  @Test
  void smallProjectApprovedWithAReducedAmountReservesTheReducedAmount() {
    ProcessInstance instance = submit(TestApplications.small());

    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "APPROVE_REDUCED",
        "rifAmount", 3500.5, "rifReason", "Die Materialkosten sind zu hoch angesetzt.");

    verify(budgets).book(reservation("rif-baden", 3500.5, RIF_USER));
    assertThat(instance).variables()
        .containsEntry("approvedAmount", 3500.5)
        .containsEntry("rifAmount", 3500.5)
        .containsEntry("outcome", "APPROVED");
  }

  @Test
  void smallProjectRejectedByTheRifEndsRejected() {
    ProcessInstance instance = submit(TestApplications.small());

    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "REJECT",
        "rifReason", "  Das Angebot besteht in der Gemeinde bereits.  ");
    sendsLetter(instance, "sendRejectionLetter", LetterType.REJECTION);

    assertThat(instance).isEnded().hasPassed("Event_Rejected")
        .hasNotPassed("cantonDecision", "reserveBudget")
        .variables()
        .containsEntry("outcome", "REJECTED")
        .containsEntry("rifReason", "Das Angebot besteht in der Gemeinde bereits.")
        .doesNotContainKey("approvedAmount");
    verify(budgets, never()).book(any());
  }

  // --- larger projects: the canton decides after the RIF

  @Test
  void largerProjectGoesOnToTheCantonAfterTheRifApproval() {
    ProcessInstance instance = submit(TestApplications.valid());

    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "APPROVE");

    assertThat(instance).isWaitingAt("cantonDecision").variables()
        .doesNotContainKey("approvedAmount").doesNotContainKey("outcome");
    assertThat(openTask(instance, "cantonDecision")).hasCandidateGroup("canton-mika");
    complete(CANTON_USER, instance, "cantonDecision", "cantonDecision", "APPROVED",
        "approvedAmount", 9000);

    verify(budgets).book(reservation("rif-baden", 9000, CANTON_USER));
    sendsLetter(instance, "sendApprovalLetter", LetterType.APPROVAL);
    assertThat(instance).isWaitingAt("acceptAgreement")
        .hasPassedInOrder("rifPreDecision", "cantonDecision", "reserveBudget",
            "sendApprovalLetter")
        .hasNotPassed("informCanton")
        .variables()
        .containsEntry("outcome", "APPROVED")
        .containsEntry("approvedAmount", 9000.0)
        .containsEntry("cantonDecidedBy", CANTON_USER);
  }

  @Test
  void commentsOnATaskBecomePartOfTheCaseHistoryForTheNextOffice() {
    ProcessInstance instance = submit(TestApplications.valid());
    String rifTask = openTask(instance, "rifPreDecision").getId();
    identityService.setAuthenticatedUserId(RIF_USER);
    try {
      taskService.createComment(rifTask, instance.getId(), "Telefonat mit der Trägerschaft:"
          + " Lokal ist zugesagt.");
    } finally {
      identityService.clearAuthentication();
    }

    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "APPROVE");

    assertThat(instance).isWaitingAt("cantonDecision");
    SpinJsonNode history = (SpinJsonNode) variable(instance, "caseHistory");
    org.assertj.core.api.Assertions.assertThat(history.elements()).extracting(
        entry -> entry.prop("step").stringValue() + " | " + entry.prop("who").stringValue()
            + " | " + entry.prop("what").stringValue() + " | " + entry.prop("note").stringValue())
        .containsExactly(
            "Vorentscheid | " + RIF_USER + " | Kommentar | Telefonat mit der Trägerschaft:"
                + " Lokal ist zugesagt.",
            "Vorentscheid | " + RIF_USER + " | Bewilligen | ");
  }

  @Test
  void largerProjectRejectedByTheRifIsDecidedByTheCanton() {
    ProcessInstance instance = submit(TestApplications.valid());

    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "REJECT",
        "rifReason", "Kein Bedarf in der Region.");
    assertThat(instance).isWaitingAt("cantonDecision");
    complete(CANTON_USER, instance, "cantonDecision", "cantonDecision", "REJECTED",
        "cantonReason", "Wir folgen der RIF.");
    sendsLetter(instance, "sendRejectionLetter", LetterType.REJECTION);

    assertThat(instance).isEnded().hasPassed("Event_Rejected").variables()
        .containsEntry("outcome", "REJECTED")
        .containsEntry("cantonReason", "Wir folgen der RIF.");
    verify(budgets, never()).book(any());
  }

  @Test
  void cantonReturnsTheCaseToTheRifWithItsComment() {
    ProcessInstance instance = submit(TestApplications.valid());
    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "APPROVE");

    complete(CANTON_USER, instance, "cantonDecision", "cantonDecision", "RETURN_TO_RIF",
        "cantonComment", "Bitte die Zahl der Teilnehmenden prüfen.");

    assertThat(instance).isWaitingAt("rifPreDecision").variables()
        .containsEntry("cantonComment", "Bitte die Zahl der Teilnehmenden prüfen.");
    assertThat(openTask(instance, "rifPreDecision")).hasCandidateGroup("rif-baden");
    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "APPROVE_REDUCED",
        "rifAmount", 8000, "rifReason", "Weniger Teilnehmende als angenommen.");
    assertThat(instance).isWaitingAt("cantonDecision").variables()
        .containsEntry("rifAmount", 8000.0)
        .doesNotContainKey("cantonComment");
    // the form keeps hidden fields of earlier rounds: they do not outlive their decision
    complete(CANTON_USER, instance, "cantonDecision", "cantonDecision", "REJECTED",
        "cantonReason", "Zu wenig Teilnehmende.", "approvedAmount", 8000);
    sendsLetter(instance, "sendRejectionLetter", LetterType.REJECTION);
    assertThat(instance).isEnded().variables()
        .containsEntry("outcome", "REJECTED")
        .doesNotContainKey("approvedAmount");
  }

  @Test
  void cantonCaseCannotBeReturnedToARif() {
    ProcessInstance instance = submit(TestApplications.with(TestApplications.valid(),
        "municipalities", List.of("Spreitenbach")));

    assertThatThrownBy(() -> complete(CANTON_USER, instance, "cantonDecision",
        "cantonDecision", "RETURN_TO_RIF", "cantonComment", "Bitte prüfen."))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("keine RIF");
    assertThat(instance).isWaitingAt("cantonDecision");
  }

  @Test
  void cantonCaseIsApprovedByTheCantonAlone() {
    ProcessInstance instance = submit(TestApplications.with(TestApplications.small(),
        "municipalities", List.of("Spreitenbach")));

    complete(CANTON_USER, instance, "cantonDecision", "cantonDecision", "APPROVED",
        "approvedAmount", 4000);

    verify(budgets).book(reservation("canton-mika", 4000, CANTON_USER));
    sendsLetter(instance, "sendApprovalLetter", LetterType.APPROVAL);
    assertThat(instance).isWaitingAt("acceptAgreement")
        .hasNotPassed("rifPreDecision", "informCanton")
        .variables().containsEntry("outcome", "APPROVED");
    assertThat(openTask(instance, "acceptAgreement")).hasCandidateGroup("canton-mika");
  }

  // --- four eyes

  @Test
  void whoPreDecidedMayNotDecide() {
    ProcessInstance instance = submit(TestApplications.valid());
    complete("anna", instance, "rifPreDecision", "rifDecision", "APPROVE");

    assertThatThrownBy(() -> complete("anna", instance, "cantonDecision",
        "cantonDecision", "APPROVED", "approvedAmount", 10000))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Vier-Augen-Prinzip");

    assertThat(instance).isWaitingAt("cantonDecision").variables()
        .doesNotContainKey("cantonDecidedBy").doesNotContainKey("outcome");
    verify(budgets, never()).book(any());
  }

  @Test
  void decisionWithoutAnAuthenticatedUserIsRefused() {
    ProcessInstance instance = submit(TestApplications.valid());

    assertThatThrownBy(() -> taskService.complete(openTask(instance, "rifPreDecision").getId(),
        Map.of("rifDecision", "APPROVE")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("angemeldet");
    assertThat(instance).isWaitingAt("rifPreDecision");
  }

  // --- server-side validation of the decisions

  static Stream<Arguments> invalidRifDecisions() {
    return Stream.of(
        Arguments.of(Map.of(), "Vorentscheid"),
        Arguments.of(Map.of("rifDecision", "MAYBE"), "Vorentscheid"),
        Arguments.of(Map.of("rifDecision", "REJECT"), "Ablehnung"),
        Arguments.of(Map.of("rifDecision", "REJECT", "rifReason", "   "), "Ablehnung"),
        Arguments.of(Map.of("rifDecision", "APPROVE_REDUCED", "rifReason", "Kürzung"),
            "reduzierten Beitrag"),
        Arguments.of(Map.of("rifDecision", "APPROVE_REDUCED", "rifAmount", 12000,
            "rifReason", "Kürzung"), "nicht übersteigen"),
        Arguments.of(Map.of("rifDecision", "APPROVE_REDUCED", "rifAmount", "viel",
            "rifReason", "Kürzung"), "Betrag in CHF"),
        Arguments.of(Map.of("rifDecision", "APPROVE_REDUCED", "rifAmount", 0,
            "rifReason", "Kürzung"), "grösser als CHF 0.00"),
        Arguments.of(Map.of("rifDecision", "APPROVE_REDUCED", "rifAmount", 100.123,
            "rifReason", "Kürzung"), "zwei Nachkommastellen"),
        Arguments.of(Map.of("rifDecision", "APPROVE_REDUCED", "rifAmount", 5000),
            "Kürzung"),
        Arguments.of(Map.of("rifDecision", "REQUEST_INFO"), "Frage"));
  }

  @ParameterizedTest
  @MethodSource("invalidRifDecisions")
  void incompleteRifDecisionIsRefusedAndTheTaskStays(Map<String, Object> decision,
      String messageMentions) {
    ProcessInstance instance = submit(TestApplications.valid());
    String taskId = openTask(instance, "rifPreDecision").getId();

    identityService.setAuthenticatedUserId(RIF_USER);
    assertThatThrownBy(() -> taskService.complete(taskId, decision))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(messageMentions);

    assertThat(instance).isWaitingAt("rifPreDecision").variables()
        .doesNotContainKey("rifDecision").doesNotContainKey("rifDecidedBy");
  }

  static Stream<Arguments> invalidCantonDecisions() {
    return Stream.of(
        Arguments.of(Map.of(), "Entscheid"),
        Arguments.of(Map.of("cantonDecision", "APPROVED"), "bewilligten Beitrag"),
        Arguments.of(Map.of("cantonDecision", "APPROVED", "approvedAmount", 10000.01),
            "nicht übersteigen"),
        Arguments.of(Map.of("cantonDecision", "REJECTED"), "Ablehnung"),
        Arguments.of(Map.of("cantonDecision", "RETURN_TO_RIF"), "RIF"));
  }

  @ParameterizedTest
  @MethodSource("invalidCantonDecisions")
  void incompleteCantonDecisionIsRefusedAndTheTaskStays(Map<String, Object> decision,
      String messageMentions) {
    ProcessInstance instance = submit(TestApplications.valid());
    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "APPROVE");
    String taskId = openTask(instance, "cantonDecision").getId();

    identityService.setAuthenticatedUserId(CANTON_USER);
    assertThatThrownBy(() -> taskService.complete(taskId, decision))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(messageMentions);

    assertThat(instance).isWaitingAt("cantonDecision").variables()
        .doesNotContainKey("cantonDecision").doesNotContainKey("cantonDecidedBy");
  }

  // --- a question to the applicant

  @Test
  void questionGoesToTheApplicantAndTheAnswerBackToTheRif() {
    ProcessInstance instance = submit(TestApplications.valid());

    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "REQUEST_INFO",
        "rifQuestion", "Wo finden die Treffen statt?");

    assertThat(instance).isWaitingAt("completeApplication").variables()
        .containsEntry("completionPurpose", "REQUEST_INFO")
        .containsEntry("rifQuestion", "Wo finden die Treffen statt?");
    assertThat(openTask(instance, "completeApplication")).hasCandidateGroup("rif-baden")
        .hasName("Rückfrage beantworten SI-2026-0042: Sprachcafé Wettingen")
        .hasDueDate(Date.from(NOW.plus(Duration.ofDays(14))));
    verify(notifications).requestCompletion(argThat(facts -> facts.questionAsked()
        && "Wo finden die Treffen statt?".equals(facts.question())));

    taskService.complete(openTask(instance, "completeApplication").getId(),
        Map.of("applicantAnswer", "Im Gemeinschaftsraum der reformierten Kirche."));

    assertThat(instance).isWaitingAt("rifPreDecision")
        .hasPassedInOrder("rifPreDecision", "completeApplication", "checkFormalRequirements",
            "determineResponsibility", "checkBudget")
        .variables()
        .containsEntry("applicantAnswer", "Im Gemeinschaftsraum der reformierten Kirche.");
    // the task runs again after the answer; the outbox queues the office's mail once (NotificationIT)
    verify(notifications, times(2)).notifyResponsibleOffice(any());
  }

  @Test
  void questionNeedsAnAnswer() {
    ProcessInstance instance = submit(TestApplications.valid());
    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "REQUEST_INFO",
        "rifQuestion", "Wo finden die Treffen statt?");

    assertThatThrownBy(() -> taskService.complete(openTask(instance, "completeApplication")
        .getId(), Map.of("applicantAnswer", " ")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Rückfrage");
    assertThat(instance).isWaitingAt("completeApplication");
  }

  @Test
  void unansweredQuestionReturnsTheCaseToTheRifWithANote() {
    ProcessInstance instance = submit(TestApplications.valid());
    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "REQUEST_INFO",
        "rifQuestion", "Wo finden die Treffen statt?");

    moveClock(Duration.ofDays(14).plusSeconds(1));
    execute(timer(instance, "Event_CompletionDeadlinePassed"));

    assertThat(instance).isWaitingAt("rifPreDecision")
        .hasPassed("Event_CompletionDeadlinePassed")
        .hasNotPassed("Event_NotEntered")
        .variables().containsEntry("applicantAnswer", "").doesNotContainKey("outcome");
    org.assertj.core.api.Assertions.assertThat(
        (String) runtimeService.getVariable(instance.getId(), "infoRequestNote"))
        .contains("nicht beantwortet").contains("07.12.2026");
    assertThat(openTask(instance, "rifPreDecision")).hasCandidateGroup("rif-baden");
  }

  // --- reservation refused

  @Test
  void refusedReservationReturnsASmallProjectToItsRif() {
    when(budgets.book(any())).thenThrow(new LedgerRefusedException("Das Budget reicht nicht:"
        + " verfügbar sind CHF 1'000.00, benötigt werden CHF 4'000.00.")).thenReturn(null);
    ProcessInstance instance = submit(TestApplications.small());

    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "APPROVE");

    assertThat(instance).isWaitingAt("rifPreDecision")
        .hasPassed("Event_ReservationRefused").hasNotPassed("Event_Approved")
        .variables().doesNotContainKey("outcome");
    org.assertj.core.api.Assertions.assertThat(
        (String) runtimeService.getVariable(instance.getId(), "reservationRefusal"))
        .contains("verfügbar sind CHF 1'000.00");
    assertThat(openTask(instance, "rifPreDecision")).hasCandidateGroup("rif-baden");

    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "APPROVE_REDUCED",
        "rifAmount", 1000, "rifReason", "Das Budget reicht nur noch für CHF 1'000.");
    assertThat(instance).isWaitingAt("sendApprovalLetter").variables()
        .containsEntry("outcome", "APPROVED").doesNotContainKey("reservationRefusal");
  }

  @Test
  void refusedReservationReturnsACantonApprovalToTheCanton() {
    when(budgets.book(any())).thenThrow(new LedgerRefusedException("Das Budget reicht nicht."))
        .thenReturn(null);
    ProcessInstance instance = submit(TestApplications.valid());
    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "APPROVE");

    complete(CANTON_USER, instance, "cantonDecision", "cantonDecision", "APPROVED",
        "approvedAmount", 10000);

    assertThat(instance).isWaitingAt("cantonDecision").hasPassed("Event_ReservationRefused");
    assertThat(openTask(instance, "cantonDecision")).hasCandidateGroup("canton-mika");
    complete(CANTON_USER, instance, "cantonDecision", "cantonDecision", "REJECTED",
        "cantonReason", "Kein Budget mehr in diesem Jahr.");
    sendsLetter(instance, "sendRejectionLetter", LetterType.REJECTION);
    assertThat(instance).isEnded().variables().containsEntry("outcome", "REJECTED");
  }

  // --- overdue decisions

  @Test
  void overdueRifPreDecisionRaisesAReminderAndStaysOpen() {
    ProcessInstance instance = submit(TestApplications.valid());
    Task before = openTask(instance, "rifPreDecision");
    org.assertj.core.api.Assertions.assertThat(timer(instance, "Event_RifPreDecisionOverdue")
        .getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(25))));

    moveClock(Duration.ofDays(25).plusSeconds(1));
    execute(timer(instance, "Event_RifPreDecisionOverdue"));

    assertThat(instance).isWaitingAt("rifPreDecision")
        .hasPassed("remindRifPreDecision", "Event_RifReminderSent");
    Task after = openTask(instance, "rifPreDecision");
    org.assertj.core.api.Assertions.assertThat(after.getId()).isEqualTo(before.getId());
    org.assertj.core.api.Assertions.assertThat(after.getPriority()).isEqualTo(80);
    verify(notifications).remindOfOverdueTask(any(), eq("rif-baden"), eq("Vorentscheid"),
        eq(Date.from(NOW.plus(Duration.ofDays(20)))));
  }

  @Test
  void overdueCantonDecisionRaisesAReminderAndStaysOpen() {
    ProcessInstance instance = submit(TestApplications.with(TestApplications.valid(),
        "municipalities", List.of("Spreitenbach")));
    org.assertj.core.api.Assertions.assertThat(timer(instance, "Event_CantonDecisionOverdue")
        .getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(35))));

    moveClock(Duration.ofDays(35).plusSeconds(1));
    execute(timer(instance, "Event_CantonDecisionOverdue"));

    assertThat(instance).isWaitingAt("cantonDecision")
        .hasPassed("remindCantonDecision", "Event_CantonReminderSent");
    org.assertj.core.api.Assertions.assertThat(openTask(instance, "cantonDecision").getPriority())
        .isEqualTo(80);
    verify(notifications).remindOfOverdueTask(any(), eq("canton-mika"), eq("Entscheid Kanton"),
        eq(Date.from(NOW.plus(Duration.ofDays(30)))));
  }

  // --- the agreement and the advance payment

  /** A small project approved by its RIF, the canton informed: waiting for the agreement. */
  private ProcessInstance approvedSmallProject() {
    ProcessInstance instance = submit(TestApplications.small());
    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "APPROVE");
    execute(job(instance)); // the approval letter
    execute(job(instance)); // the canton informed
    assertThat(instance).isWaitingAt("acceptAgreement");
    return instance;
  }

  @Test
  void approvedProjectWaitsForTheAgreementWithItsTerms() {
    when(caseBudgetSummary.of("SI-2026-0042")).thenReturn("Bewilligt CHF 4'000.00");
    ProcessInstance instance = approvedSmallProject();

    assertThat(openTask(instance, "acceptAgreement")).hasCandidateGroup("rif-baden")
        .hasName("Leistungsvereinbarung annehmen SI-2026-0042: Sprachcafé Wettingen")
        .hasDueDate(Date.from(NOW.plus(Duration.ofDays(30))));
    LocalDate end = LocalDate.parse((String) TestApplications.small().get("projectEnd"));
    assertThat(instance).variables()
        .containsEntry("advancePercent", 80)
        .containsEntry("advanceAmount", 3200.0)
        .containsEntry("finalReportDue", end.plusMonths(3).toString())
        .containsEntry("agreementDue", "2026-12-23")
        .containsEntry("caseBudgetSummary", "Bewilligt CHF 4'000.00");
    org.assertj.core.api.Assertions.assertThat(timer(instance, "Event_AgreementReminderDue")
        .getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(23))));
    org.assertj.core.api.Assertions.assertThat(timer(instance, "Event_AgreementExpired")
        .getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(30))));
  }

  @Test
  void acceptedAgreementBooksTheAdvanceAndInstructsItsPayment() {
    ProcessInstance instance = approvedSmallProject();

    taskService.complete(openTask(instance, "acceptAgreement").getId(), Map.of(
        "agreementAccepted", true, "agreementSignedBy", "  Anna Muster  "));

    verify(budgets).book(new BookingRequest(new BudgetKey("rif-baden",
        LocalDate.parse((String) TestApplications.small().get("projectStart")).getYear(),
        Application.FundingSource.KIP), BookingType.ADVANCE_PAYMENT, "SI-2026-0042",
        new BigDecimal("3200.0"), "Gesuchsteller", "SI-2026-0042/ADVANCE_PAYMENT"));
    assertThat(instance).isWaitingAt("instructAdvancePayment").variables()
        .containsEntry("agreementSignedBy", "Anna Muster")
        .containsEntry("agreementRecordedBy", "Gesuchsteller")
        .containsKey("agreementAcceptedAt");
    execute(job(instance));
    verify(payments).instruct("SI-2026-0042", PaymentKind.ADVANCE, new BigDecimal("3200.0"),
        "Verein Sprachbrücke", "CH93 0076 2011 6238 5295 7", "Sprachcafé Wettingen");
    assertThat(instance).isWaitingAt("submitReport").hasPassedInOrder("acceptAgreement",
        "bookAdvancePayment", "instructAdvancePayment", "planReports");
  }

  @Test
  void staffRecordingAPaperAgreementIsNamedAsWhoRecordedIt() {
    ProcessInstance instance = approvedSmallProject();

    complete(RIF_USER, instance, "acceptAgreement", "agreementAccepted", true,
        "agreementSignedBy", "Anna Muster", "agreementNote", "Papiervertrag vom 1. Dezember");

    assertThat(instance).isWaitingAt("instructAdvancePayment").variables()
        .containsEntry("agreementRecordedBy", RIF_USER);
  }

  @ParameterizedTest
  @MethodSource("refusedAcceptances")
  void acceptanceWithoutConfirmationOrNameIsRefusedAndTheTaskStaysOpen(
      Map<String, Object> values, String message) {
    ProcessInstance instance = approvedSmallProject();
    String taskId = openTask(instance, "acceptAgreement").getId();

    assertThatThrownBy(() -> taskService.complete(taskId, values))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(message);
    assertThat(instance).isWaitingAt("acceptAgreement");
    verify(budgets, never()).book(argThat(request ->
        request.type() == BookingType.ADVANCE_PAYMENT));
  }

  static Stream<Arguments> refusedAcceptances() {
    return Stream.of(
        Arguments.of(Map.of("agreementSignedBy", "Anna Muster"), "annehmen"),
        Arguments.of(Map.of("agreementAccepted", false, "agreementSignedBy", "Anna Muster"),
            "annehmen"),
        Arguments.of(Map.of("agreementAccepted", true), "Namen"),
        Arguments.of(Map.of("agreementAccepted", true, "agreementSignedBy", "   "), "Namen"),
        Arguments.of(Map.of("agreementAccepted", true, "agreementSignedBy", "x".repeat(201)),
            "zu lang"));
  }

  @Test
  void theApplicantIsRemindedAWeekBeforeTheAgreementsDeadline() {
    ProcessInstance instance = approvedSmallProject();

    moveClock(Duration.ofDays(23).plusSeconds(1));
    execute(timer(instance, "Event_AgreementReminderDue"));

    assertThat(instance).isWaitingAt("acceptAgreement")
        .hasPassed("remindAgreement", "Event_AgreementReminded");
    verify(notifications).remindOfAgreement(argThat(facts ->
        "SI-2026-0042".equals(facts.reference())), eq(LocalDate.of(2026, 12, 23)));
  }

  @Test
  void anAgreementNotAcceptedInTimeWithdrawsTheCaseAndReleasesTheReservation() {
    ProcessInstance instance = approvedSmallProject();
    when(budgets.stillReserved(any(), eq("SI-2026-0042"))).thenReturn(new BigDecimal("4000.00"));

    moveClock(Duration.ofDays(30).plusSeconds(1));
    execute(timer(instance, "Event_AgreementExpired"));

    verify(budgets).book(argThat(request -> request.type() == BookingType.RELEASE
        && request.amount().compareTo(new BigDecimal("4000")) == 0
        && "SI-2026-0042/RELEASE/releaseReservation".equals(request.idempotencyKey())));
    assertThat(instance).isWaitingAt("sendWithdrawal");
    execute(job(instance));
    verify(notifications).withdraw(any(), eq(LocalDate.of(2026, 12, 23)));
    assertThat(instance).isEnded().hasPassed("Event_AgreementExpired", "releaseReservation",
        "Event_Withdrawn").hasNotPassed("bookAdvancePayment")
        .variables().containsEntry("outcome", "WITHDRAWN");
  }

  // --- reports, their review, the Mahnung, clawback and the settlement

  private static final Instant FINAL_REPORT_DEADLINE =
      ZonedDateTime.of(2028, 3, 1, 0, 0, 0, 0, SWISS).toInstant();

  /** A small project (CHF 4'000) whose agreement was accepted: waiting for the final report. */
  private ProcessInstance waitingForTheFinalReport() {
    return waitingForReports(TestApplications.small());
  }

  private ProcessInstance waitingForReports(Map<String, Object> application) {
    ProcessInstance instance = submit(application);
    complete(RIF_USER, instance, "rifPreDecision", "rifDecision", "APPROVE");
    runJobs(instance);
    taskService.complete(openTask(instance, "acceptAgreement").getId(), Map.of(
        "agreementAccepted", true, "agreementSignedBy", "Anna Muster"));
    runJob(instance, "instructAdvancePayment");
    assertThat(instance).isWaitingAt("submitReport");
    return instance;
  }

  private void runJob(ProcessInstance instance, String activity) {
    execute(jobQuery().processInstanceId(instance.getId()).activityId(activity).singleResult());
  }

  /** Runs the case's due asynchronous continuations (not its timers). */
  private void runJobs(ProcessInstance instance) {
    for (int round = 0; round < 5; round++) {
      jobQuery().processInstanceId(instance.getId()).messages().list()
          .forEach(BpmnAwareTests::execute);
    }
  }

  private void report(ProcessInstance instance, double costs, double income) {
    taskService.complete(openTask(instance, "submitReport").getId(), Map.of(
        "reportActivities", "40 Treffen mit durchschnittlich 12 Teilnehmenden.",
        "reportParticipants", 48, "reportVolunteers", 6,
        "actualCosts", costs, "actualIncome", income));
  }

  private BookingRequest booking(BookingType type, String amount, String by, String key) {
    int year = LocalDate.parse((String) TestApplications.small().get("projectStart")).getYear();
    return new BookingRequest(new BudgetKey("rif-baden", year, Application.FundingSource.KIP),
        type, "SI-2026-0042", new BigDecimal(amount), by, "SI-2026-0042/" + key);
  }

  @Test
  void theFinalReportIsDueThreeMonthsAfterTheProjectEnd() {
    ProcessInstance instance = waitingForTheFinalReport();

    assertThat(openTask(instance, "submitReport")).hasCandidateGroup("rif-baden")
        .hasName("Bericht einreichen SI-2026-0042: Sprachcafé Wettingen")
        .hasDueDate(Date.from(FINAL_REPORT_DEADLINE));
    assertThat(instance).variables().containsEntry("reportKind", "FINAL")
        .containsEntry("reportKindLabel", "Schlussbericht")
        .containsEntry("reportDueDate", "2028-02-29")
        .containsEntry("dunned", false);
    org.assertj.core.api.Assertions.assertThat(timer(instance, "Event_ReportReminderDue")
        .getDuedate()).isEqualTo(Date.from(FINAL_REPORT_DEADLINE.minus(Duration.ofDays(14))));
    org.assertj.core.api.Assertions.assertThat(timer(instance, "Event_ReportOverdue")
        .getDuedate()).isEqualTo(Date.from(FINAL_REPORT_DEADLINE));
  }

  @Test
  void aReportOnTimeIsAcceptedAndTheFinalPaymentSettlesTheAccounts() {
    ProcessInstance instance = waitingForTheFinalReport();

    report(instance, 10000, 5000);
    verify(notifications).aboutReport(any(), eq(MailOutbox.Purpose.REPORT_RECEIVED),
        eq("Schlussbericht"), eq(LocalDate.of(2028, 2, 29)), isNull());
    assertThat(openTask(instance, "reviewReport")).hasCandidateGroup("rif-baden");
    assertThat(instance).variables().containsEntry("settlementPreview", "Anrechenbar"
        + " CHF 4'000.00 (höchstens der bewilligte Beitrag von CHF 4'000.00), Vorauszahlung"
        + " CHF 3'200.00: Schlusszahlung CHF 800.00.");
    complete(RIF_USER, instance, "reviewReport", "reportReview", "ACCEPT");

    verify(budgets).book(booking(BookingType.FINAL_PAYMENT, "800.00", RIF_USER,
        "FINAL_PAYMENT"));
    verify(budgets, never()).book(argThat(request -> request.type() == BookingType.RELEASE
        || request.type() == BookingType.REPAYMENT_CLAIM));
    runJob(instance, "instructFinalPayment");
    verify(payments).instruct(eq("SI-2026-0042"), eq(PaymentKind.FINAL),
        eq(new BigDecimal("800.0")), any(), any(), any());
    runJob(instance, "sendSettlementLetter");
    verify(letters).sendSettlement(any(), eq(LetterType.CLOSURE), argThat(settlement ->
        settlement.finalPayment().compareTo(new BigDecimal("800")) == 0
        && !settlement.reportWaived()), isNull());
    SpinJsonNode history = (SpinJsonNode) variable(instance, "caseHistory");
    org.assertj.core.api.Assertions.assertThat(history.elements()).extracting(
        entry -> entry.prop("step").stringValue() + ": " + entry.prop("what").stringValue())
        .containsExactly("Vorentscheid: Bewilligen", "Leistungsvereinbarung: angenommen",
            "Schlussbericht geprüft: angenommen");
    assertThat(instance).isEnded().hasPassedInOrder("submitReport", "confirmReport",
        "reviewReport", "settleAccounts", "instructFinalPayment", "sendSettlementLetter",
        "Event_Closed").hasNotPassed("remindReport", "sendReportDunning")
        .variables().containsEntry("outcome", "CLOSED").containsEntry("finalPayment", 800.0);
  }

  @Test
  void eligibleCostsEqualToTheAdvanceSettleWithoutAPaymentAndReleaseTheRest() {
    ProcessInstance instance = waitingForTheFinalReport();

    report(instance, 5200, 2000);
    complete(RIF_USER, instance, "reviewReport", "reportReview", "ACCEPT");

    verify(budgets).book(booking(BookingType.RELEASE, "800.00", RIF_USER,
        "RELEASE/settleAccounts"));
    verify(budgets, never()).book(argThat(request ->
        request.type() == BookingType.FINAL_PAYMENT
        || request.type() == BookingType.REPAYMENT_CLAIM));
    runJob(instance, "instructFinalPayment");
    verify(payments, never()).instruct(any(), eq(PaymentKind.FINAL), any(), any(), any(),
        any());
    assertThat(instance).variables().containsEntry("finalPayment", 0.0)
        .containsEntry("repaymentClaim", 0.0);
  }

  @Test
  void eligibleCostsBelowTheAdvanceBecomeARepaymentClaim() {
    ProcessInstance instance = waitingForTheFinalReport();

    report(instance, 3000, 1000);
    complete(RIF_USER, instance, "reviewReport", "reportReview", "ACCEPT");

    verify(budgets).book(booking(BookingType.RELEASE, "800.00", RIF_USER,
        "RELEASE/settleAccounts"));
    verify(budgets).book(booking(BookingType.REPAYMENT_CLAIM, "1200.00", RIF_USER,
        "REPAYMENT_CLAIM"));
    runJobs(instance);
    assertThat(instance).isEnded().variables().containsEntry("outcome", "CLOSED")
        .containsEntry("repaymentClaim", 1200.0);
  }

  @Test
  void theApplicantIsRemindedFourteenDaysBeforeTheDeadline() {
    ProcessInstance instance = waitingForTheFinalReport();

    ClockUtil.setCurrentTime(Date.from(FINAL_REPORT_DEADLINE.minus(Duration.ofDays(14))
        .plusSeconds(1)));
    execute(timer(instance, "Event_ReportReminderDue"));

    assertThat(instance).isWaitingAt("submitReport").hasPassed("remindReport");
    verify(notifications).aboutReport(any(), eq(MailOutbox.Purpose.REPORT_REMINDER),
        eq("Schlussbericht"), eq(LocalDate.of(2028, 2, 29)), isNull());
  }

  @Test
  void aMissedDeadlineBringsAMahnungWithThirtyMoreDaysAndTheReportThenComes() {
    ProcessInstance instance = waitingForTheFinalReport();

    ClockUtil.setCurrentTime(Date.from(FINAL_REPORT_DEADLINE.plusSeconds(1)));
    execute(timer(instance, "Event_ReportOverdue"));

    verify(notifications).aboutReport(any(), eq(MailOutbox.Purpose.REPORT_DUNNING),
        eq("Schlussbericht"), eq(LocalDate.of(2028, 3, 31)), isNull());
    assertThat(instance).isWaitingAt("submitReport").hasPassed("sendReportDunning")
        .variables().containsEntry("dunned", true).containsEntry("reportDueDate", "2028-03-31");
    assertThat(openTask(instance, "submitReport")).hasDueDate(Date.from(
        ZonedDateTime.of(2028, 4, 1, 0, 0, 0, 0, SWISS).toInstant()));
    report(instance, 10000, 5000);
    assertThat(instance).isWaitingAt("reviewReport");
  }

  /** The report is missing even after the Mahnung: the office decides in reviewClawback. */
  private ProcessInstance missingAfterTheMahnung() {
    ProcessInstance instance = waitingForTheFinalReport();
    ClockUtil.setCurrentTime(Date.from(FINAL_REPORT_DEADLINE.plusSeconds(1)));
    execute(timer(instance, "Event_ReportOverdue"));
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2028, 4, 1, 0, 0, 1, 0, SWISS)
        .toInstant()));
    execute(timer(instance, "Event_ReportOverdue"));
    assertThat(instance).isWaitingAt("reviewClawback").variables()
        .containsEntry("reminderNote", "Gemahnt am 01.03.2028; die Nachfrist bis 31.03.2028"
            + " ist ohne Bericht verstrichen.");
    assertThat(openTask(instance, "reviewClawback")).hasCandidateGroup("rif-baden");
    return instance;
  }

  @Test
  void afterTheMahnungTheOfficeMayExtendTheDeadline() {
    ProcessInstance instance = missingAfterTheMahnung();

    complete(RIF_USER, instance, "reviewClawback", "clawbackDecision", "EXTEND",
        "extendedDueDate", "2028-05-15", "clawbackReason", "Die Kassierin war krank.");

    assertThat(instance).isWaitingAt("submitReport").variables()
        .containsEntry("reportDueDate", "2028-05-15").containsEntry("dunned", false);
    org.assertj.core.api.Assertions.assertThat(timer(instance, "Event_ReportOverdue")
        .getDuedate()).isEqualTo(Date.from(ZonedDateTime.of(2028, 5, 16, 0, 0, 0, 0, SWISS)
        .toInstant()));
  }

  @Test
  void afterTheMahnungTheOfficeMayWaiveTheFinalReportAndCloseWithoutPayment() {
    ProcessInstance instance = missingAfterTheMahnung();

    complete(RIF_USER, instance, "reviewClawback", "clawbackDecision", "WAIVE",
        "clawbackReason", "Das Projekt wurde nachweislich durchgeführt.");

    verify(budgets).book(argThat(request -> request.type() == BookingType.RELEASE
        && request.amount().compareTo(new BigDecimal("800")) == 0));
    verify(budgets, never()).book(argThat(request ->
        request.type() == BookingType.FINAL_PAYMENT));
    runJobs(instance);
    verify(letters).sendSettlement(any(), eq(LetterType.CLOSURE),
        argThat(LetterFacts.Settlement::reportWaived), isNull());
    assertThat(instance).isEnded().hasPassed("reviewClawback", "Event_Closed").hasNotPassed("reviewReport")
        .variables().containsEntry("outcome", "CLOSED");
  }

  @Test
  void afterTheMahnungTheOfficeMayClaimTheContributionBack() {
    ProcessInstance instance = missingAfterTheMahnung();

    complete(RIF_USER, instance, "reviewClawback", "clawbackDecision", "CLAIM",
        "clawbackReason", "Kein Bericht trotz Mahnung.", "clawbackAmount", 3200);

    verify(budgets).book(booking(BookingType.REPAYMENT_CLAIM, "3200.0", "claimRepayment",
        "REPAYMENT_CLAIM"));
    runJobs(instance);
    verify(letters).sendSettlement(any(), eq(LetterType.CLAWBACK), argThat(settlement ->
        settlement.repaymentClaim().compareTo(new BigDecimal("3200")) == 0),
        eq("Kein Bericht trotz Mahnung."));
    assertThat(instance).isEnded().hasPassed("claimRepayment", "Event_ClawedBack")
        .variables().containsEntry("outcome", "CLAWBACK");
  }

  @Test
  void theOfficeMayClaimBackWhenReviewingTheReport() {
    ProcessInstance instance = waitingForTheFinalReport();
    report(instance, 10000, 5000);

    complete(RIF_USER, instance, "reviewReport", "reportReview", "CLAWBACK",
        "reviewComment", "Das Projekt fand nicht statt.", "clawbackAmount", 1000.5);

    runJobs(instance);
    verify(letters).sendSettlement(any(), eq(LetterType.CLAWBACK), any(),
        eq("Das Projekt fand nicht statt."));
    assertThat(instance).isEnded().hasPassed("reviewReport", "claimRepayment", "Event_ClawedBack")
        .variables().containsEntry("repaymentClaim", 1000.5);
  }

  @Test
  void theOfficeMayAskForChangesAndTheApplicantSeesItsComment() {
    ProcessInstance instance = waitingForTheFinalReport();
    report(instance, 10000, 5000);

    complete(RIF_USER, instance, "reviewReport", "reportReview", "REQUEST_CHANGES",
        "reviewComment", "Bitte legen Sie die Quittungen bei.");

    verify(notifications).aboutReport(any(), eq(MailOutbox.Purpose.REPORT_CHANGES),
        eq("Schlussbericht"), eq(LocalDate.of(2026, 12, 23)),
        eq("Bitte legen Sie die Quittungen bei."));
    assertThat(instance).isWaitingAt("submitReport").variables()
        .containsEntry("reviewComment", "Bitte legen Sie die Quittungen bei.")
        .containsEntry("reportDueDate", "2026-12-23");
    report(instance, 9500, 5000);
    assertThat(instance).isWaitingAt("reviewReport").variables()
        .doesNotContainKey("reviewComment").doesNotContainKey("reportReview");
    complete(RIF_USER, instance, "reviewReport", "reportReview", "ACCEPT");
    runJobs(instance);
    assertThat(instance).isEnded().variables().containsEntry("outcome", "CLOSED");
  }

  @Test
  void aProjectRunningPastTheYearsEndOwesAnInterimReportFirst() {
    Map<String, Object> crossing = TestApplications.small();
    crossing.put("projectStart", "2027-02-01");
    crossing.put("projectEnd", "2028-06-30");
    ProcessInstance instance = waitingForReports(crossing);

    assertThat(instance).variables().containsEntry("reportKind", "INTERIM")
        .containsEntry("reportDueDate", "2028-02-28");
    report(instance, 4000, 1000);
    assertThat(instance).variables().containsEntry("settlementPreview",
        "Zwischenbericht: keine Zahlung fällig.");
    complete(RIF_USER, instance, "reviewReport", "reportReview", "ACCEPT");

    assertThat(instance).isWaitingAt("submitReport").hasPassed("reviewReport", "planReports")
        .variables().containsEntry("reportKind", "FINAL")
        .containsEntry("reportDueDate", "2028-09-30").containsEntry("interimReportDone", true);
    verify(budgets, never()).book(argThat(request ->
        request.type() == BookingType.FINAL_PAYMENT));
  }

  @Test
  void aChangedProjectEndMovesTheRunningDeadlines() {
    ProcessInstance instance = waitingForTheFinalReport();
    String before = openTask(instance, "submitReport").getId();

    runtimeService.createMessageCorrelation("ProjectEndChanged")
        .processInstanceBusinessKey("SI-2026-0042")
        .setVariable("projectEnd", "2028-03-31").correlate();

    assertThat(instance).isWaitingAt("submitReport").hasPassed("Event_ProjectEndChanged")
        .variables().containsEntry("reportKind", "INTERIM")
        .containsEntry("reportDueDate", "2028-02-28");
    org.assertj.core.api.Assertions.assertThat(openTask(instance, "submitReport").getId())
        .isNotEqualTo(before);
    org.assertj.core.api.Assertions.assertThat(timer(instance, "Event_ReportOverdue")
        .getDuedate()).isEqualTo(Date.from(ZonedDateTime.of(2028, 2, 29, 0, 0, 0, 0, SWISS)
        .toInstant()));
  }

  @ParameterizedTest
  @MethodSource("refusedReports")
  void anIncompleteReportIsRefusedAndTheTaskStaysOpen(Map<String, Object> values,
      String field) {
    ProcessInstance instance = waitingForTheFinalReport();
    String taskId = openTask(instance, "submitReport").getId();

    assertThatThrownBy(() -> taskService.complete(taskId, values))
        .isInstanceOf(FormFieldValidationException.class)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
            (Object) ((FormFieldValidationException) e).getDetail()).isEqualTo(field));
    assertThat(instance).isWaitingAt("submitReport");
  }

  static Stream<Arguments> refusedReports() {
    Map<String, Object> valid = Map.of("reportActivities", "Treffen", "reportParticipants", 4,
        "reportVolunteers", 1, "actualCosts", 100.0, "actualIncome", 0);
    return Stream.of(
        Arguments.of(without(valid, "reportActivities"), "reportActivities"),
        Arguments.of(with(valid, "reportParticipants", 3.5), "reportParticipants"),
        Arguments.of(with(valid, "reportVolunteers", -1), "reportVolunteers"),
        Arguments.of(with(valid, "actualCosts", 10.005), "actualCosts"),
        Arguments.of(with(valid, "actualIncome", "viel"), "actualIncome"),
        Arguments.of(with(valid, "reportRemarks", "x".repeat(2001)), "reportRemarks"));
  }

  @ParameterizedTest
  @MethodSource("refusedReviews")
  void anIncompleteReviewIsRefused(Map<String, Object> values, String field) {
    ProcessInstance instance = waitingForTheFinalReport();
    report(instance, 10000, 5000);
    String taskId = openTask(instance, "reviewReport").getId();

    assertThatThrownBy(() -> taskService.complete(taskId, values))
        .isInstanceOf(FormFieldValidationException.class)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
            (Object) ((FormFieldValidationException) e).getDetail()).isEqualTo(field));
    assertThat(instance).isWaitingAt("reviewReport");
  }

  static Stream<Arguments> refusedReviews() {
    return Stream.of(
        Arguments.of(Map.of(), "reportReview"),
        Arguments.of(Map.of("reportReview", "MAYBE"), "reportReview"),
        Arguments.of(Map.of("reportReview", "REQUEST_CHANGES"), "reviewComment"),
        Arguments.of(Map.of("reportReview", "CLAWBACK", "reviewComment", "Nein"),
            "clawbackAmount"),
        Arguments.of(Map.of("reportReview", "CLAWBACK", "reviewComment", "Nein",
            "clawbackAmount", 3200.01), "clawbackAmount"));
  }

  private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(map);
    copy.put(key, value);
    return copy;
  }

  private static Map<String, Object> without(Map<String, Object> map, String key) {
    Map<String, Object> copy = new HashMap<>(map);
    copy.remove(key);
    return copy;
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
