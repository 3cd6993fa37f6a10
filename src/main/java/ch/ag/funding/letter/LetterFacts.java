package ch.ag.funding.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a decision letter states about one application, as plain data: the caller reads it
 * from the process variables, the templates turn it into German text. Amounts and dates that
 * follow from a rule (the advance, the report deadlines) are computed where the rule lives and
 * arrive here as values, so that the letter says exactly what the process will do.
 *
 * @param reference the application's reference, such as {@code SI-2026-0042}
 * @param date the letter's date
 * @param organisationName the applicant (Trägerschaft), as entered by the applicant
 * @param contactName the contact person, written "z. H." in the address
 * @param contactEmail the contact person's e-mail address; the data holds no postal address
 * @param projectTitle the project's title, as entered by the applicant
 * @param projectStart first day of the project
 * @param projectEnd last day of the project
 * @param requestedAmount the amount applied for
 * @param approvedAmount the amount granted; {@code null} unless approved
 * @param reason the deciding office's reason (a rejection, a reduction); {@code null} if none
 * @param decidingOffice the German name of the office that decided, such as {@code Regionale
 *     Integrationsfachstelle Baden} or {@code Kanton Aargau, Sektion Integration und Beratung}
 * @param formalProblems the points missing or wrong at the formal check (German); may be empty
 * @param missedDeadline the deadline the applicant let pass (not entered into); {@code null} if
 *     none
 * @param terms the contract's main terms; required for an approval, {@code null} otherwise
 * @param settlement the money at the end of a funded project; required for a closure or a
 *     clawback, {@code null} otherwise
 */
public record LetterFacts(
    String reference,
    LocalDate date,
    String organisationName,
    String contactName,
    String contactEmail,
    String projectTitle,
    LocalDate projectStart,
    LocalDate projectEnd,
    BigDecimal requestedAmount,
    BigDecimal approvedAmount,
    String reason,
    String decidingOffice,
    List<String> formalProblems,
    LocalDate missedDeadline,
    Terms terms,
    Settlement settlement) {

  public LetterFacts {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(organisationName, "organisationName");
    Objects.requireNonNull(projectTitle, "projectTitle");
    Objects.requireNonNull(requestedAmount, "requestedAmount");
    Objects.requireNonNull(decidingOffice, "decidingOffice");
    formalProblems = formalProblems == null ? List.of() : List.copyOf(formalProblems);
  }

  /** Whether less was granted than applied for; the approval then explains the reduction. */
  public boolean isReduced() {
    return approvedAmount != null && approvedAmount.compareTo(requestedAmount) < 0;
  }

  /**
   * The part of the approved amount that is not paid out and lapses at the end: the approved
   * amount less the advance and the final payment, the amount the ledger releases (domain.md §7,
   * "Money"); {@code null} without an approved amount or a settlement.
   */
  public BigDecimal lapsingAmount() {
    if (approvedAmount == null || settlement == null) {
      return null;
    }
    BigDecimal rest = approvedAmount.subtract(settlement.advancePaid())
        .subtract(settlement.finalPayment());
    return rest.signum() > 0 ? rest : BigDecimal.ZERO;
  }

  /**
   * The contract's main terms as the approval letter states them. The shares and periods are
   * configured elsewhere (domain.md §4 steps 7 to 9); the letter only repeats them.
   *
   * @param advancePercent share of the approved amount paid in advance, such as 80
   * @param advanceAmount the advance in CHF
   * @param acceptanceDays days the applicant has to accept the contract through the status link
   * @param finalReportDue when the final report is due
   * @param interimReportDue when the interim report is due; {@code null} for a project that ends
   *     in the year it starts
   */
  public record Terms(
      int advancePercent,
      BigDecimal advanceAmount,
      int acceptanceDays,
      LocalDate finalReportDue,
      LocalDate interimReportDue) {

    public Terms {
      Objects.requireNonNull(advanceAmount, "advanceAmount");
      Objects.requireNonNull(finalReportDue, "finalReportDue");
    }
  }

  /**
   * The money at the end of a funded project (domain.md §4 step 9, §7 "Money"), as the process
   * books it: final payment = min(approved amount, actual costs − actual other income) − advance;
   * a negative result is a repayment claim. The letter repeats these values; it computes none of
   * them.
   *
   * @param actualCosts the actual costs from the final report; {@code null} if the report was
   *     waived or is not at hand (a clawback)
   * @param actualIncome the actual other income from the final report; {@code null} if none was
   *     reported, the report was waived or is not at hand
   * @param eligibleAmount the definitive contribution, min(approved, costs − income); {@code null}
   *     if the report was waived or is not at hand
   * @param advancePaid what was paid so far (the advance)
   * @param finalPayment what the office still pays; zero if nothing
   * @param repaymentClaim what the office claims back; zero if nothing
   * @param reportWaived whether the office waived the final report; the letter then states no
   *     figures from it
   */
  public record Settlement(
      BigDecimal actualCosts,
      BigDecimal actualIncome,
      BigDecimal eligibleAmount,
      BigDecimal advancePaid,
      BigDecimal finalPayment,
      BigDecimal repaymentClaim,
      boolean reportWaived) {

    public Settlement {
      Objects.requireNonNull(advancePaid, "advancePaid");
      Objects.requireNonNull(finalPayment, "finalPayment");
      Objects.requireNonNull(repaymentClaim, "repaymentClaim");
      if (advancePaid.signum() < 0 || finalPayment.signum() < 0 || repaymentClaim.signum() < 0) {
        throw new IllegalArgumentException("Settlement amounts are never negative: advance "
            + advancePaid + ", final payment " + finalPayment + ", claim " + repaymentClaim);
      }
      if (finalPayment.signum() > 0 && repaymentClaim.signum() > 0) {
        throw new IllegalArgumentException("A settlement either pays or claims back, not both: "
            + "final payment " + finalPayment + ", claim " + repaymentClaim);
      }
      if (reportWaived && (actualCosts != null || actualIncome != null
          || eligibleAmount != null)) {
        throw new IllegalArgumentException("A waived report has no figures");
      }
    }

    /** Whether the office still pays something. */
    public boolean isFinalPaymentDue() {
      return finalPayment.signum() > 0;
    }

    /** Whether the office claims money back. */
    public boolean isRepaymentClaimed() {
      return repaymentClaim.signum() > 0;
    }
  }
}
