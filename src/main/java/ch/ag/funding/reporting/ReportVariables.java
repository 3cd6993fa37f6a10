package ch.ag.funding.reporting;

/** Names of the process variables of the reporting phase. */
public final class ReportVariables {

  public static final String KIND = "reportKind";
  public static final String KIND_LABEL = "reportKindLabel";
  public static final String DUE_DATE = "reportDueDate";
  public static final String DUE_AT = "reportDueAt";
  public static final String REMINDER_AT = "reportReminderAt";
  public static final String DUNNED = "dunned";
  public static final String INTERIM_DONE = "interimReportDone";
  public static final String WAIVED = "reportWaived";
  public static final String ACTIVITIES = "reportActivities";
  public static final String PARTICIPANTS = "reportParticipants";
  public static final String VOLUNTEERS = "reportVolunteers";
  public static final String ACTUAL_COSTS = "actualCosts";
  public static final String ACTUAL_INCOME = "actualIncome";
  public static final String REMARKS = "reportRemarks";
  public static final String REVIEW = "reportReview";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String REVIEWED_BY = "reportReviewedBy";
  public static final String SETTLEMENT_PREVIEW = "settlementPreview";
  public static final String CLAWBACK_DECISION = "clawbackDecision";
  public static final String EXTENDED_DUE_DATE = "extendedDueDate";
  public static final String CLAWBACK_REASON = "clawbackReason";
  public static final String CLAWBACK_AMOUNT = "clawbackAmount";
  public static final String REMINDER_NOTE = "reminderNote";
  public static final String ELIGIBLE_AMOUNT = "eligibleAmount";
  public static final String FINAL_PAYMENT = "finalPayment";
  public static final String REPAYMENT_CLAIM = "repaymentClaim";

  private ReportVariables() {}
}
