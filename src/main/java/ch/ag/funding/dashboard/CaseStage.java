package ch.ag.funding.dashboard;

import java.util.List;

/**
 * The stages of a running {@code fundingApplication} case, each with the activities (user
 * tasks, the automatic steps around them and their reminders) where a case waits in it.
 */
enum CaseStage {

  INTAKE("Eingang/Formelle Prüfung", List.of("sendAcknowledgement", "checkFormalRequirements",
      "requestCompletion", "completeApplication", "determineResponsibility",
      "notifyResponsibleOffice", "checkBudget")),
  RIF_PRE_DECISION("Vorentscheid RIF", List.of("rifPreDecision", "remindRifPreDecision")),
  CANTON_DECISION("Entscheid Kanton", List.of("cantonDecision", "remindCantonDecision")),
  AGREEMENT("Leistungsvereinbarung", List.of("reserveBudget", "sendApprovalLetter",
      "informCanton", "acceptAgreement", "remindAgreement", "bookAdvancePayment",
      "instructAdvancePayment", "planReports")),
  REPORTING("Berichterstattung", List.of("submitReport", "remindReport", "sendReportDunning",
      "reviewClawback")),
  REPORT_REVIEW("Prüfung Bericht", List.of("confirmReport", "reviewReport",
      "requestReportChanges", "settleAccounts", "instructFinalPayment", "sendSettlementLetter",
      "claimRepayment", "sendClawbackLetter"));

  private final String label;
  private final List<String> activityIds;

  CaseStage(String label, List<String> activityIds) {
    this.label = label;
    this.activityIds = activityIds;
  }

  String label() {
    return label;
  }

  String[] activityIds() {
    return activityIds.toArray(String[]::new);
  }
}
