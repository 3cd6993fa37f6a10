package ch.ag.funding.agreement;

/** Names of the process variables of the agreement phase (domain.md §4 step 7). */
public final class AgreementVariables {

  public static final String ADVANCE_PERCENT = "advancePercent";
  public static final String ADVANCE_AMOUNT = "advanceAmount";
  public static final String FINAL_REPORT_DUE = "finalReportDue";
  public static final String INTERIM_REPORT_DUE = "interimReportDue";
  public static final String AGREEMENT_DUE = "agreementDue";
  public static final String ACCEPTED = "agreementAccepted";
  public static final String SIGNED_BY = "agreementSignedBy";
  public static final String NOTE = "agreementNote";
  public static final String ACCEPTED_AT = "agreementAcceptedAt";
  public static final String RECORDED_BY = "agreementRecordedBy";

  private AgreementVariables() {}
}
