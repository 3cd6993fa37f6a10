package ch.ag.funding.agreement;

import ch.ag.funding.submission.Application;
import ch.ag.funding.system.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The one place that works out an approved project's terms: advance and report deadlines. */
@Component
public class AgreementTerms {

  private final AgreementProperties properties;

  public AgreementTerms(AgreementProperties properties) {
    this.properties = properties;
  }

  /**
   * The terms of a project approved with this amount.
   *
   * @param interimReportDue null unless the project runs past a 31 December
   */
  public record Terms(int advancePercent, BigDecimal advanceAmount, int acceptanceDays,
      LocalDate finalReportDue, LocalDate interimReportDue) {}

  /** The terms of a case, from its approved amount and its current project dates. */
  public Terms ofCase(DelegateExecution execution, Application application) {
    return of(Numbers.decimal(execution.getVariable("approvedAmount")),
        application.projectStart(), application.projectEnd());
  }

  /** Records the report deadlines the forms show: finalReportDue and interimReportDue. */
  public void recordReportDeadlines(DelegateExecution execution, Terms terms) {
    execution.setVariable(AgreementVariables.FINAL_REPORT_DUE, terms.finalReportDue().toString());
    if (terms.interimReportDue() == null) {
      execution.removeVariable(AgreementVariables.INTERIM_REPORT_DUE);
    } else {
      execution.setVariable(AgreementVariables.INTERIM_REPORT_DUE,
          terms.interimReportDue().toString());
    }
  }

  public Terms of(BigDecimal approvedAmount, LocalDate projectStart, LocalDate projectEnd) {
    BigDecimal advance = approvedAmount.multiply(BigDecimal.valueOf(properties.advancePercent()))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    LocalDate interim = projectEnd.getYear() > projectStart.getYear()
        ? properties.interimReportDue().atYear(projectStart.getYear() + 1) : null;
    return new Terms(properties.advancePercent(), advance,
        (int) properties.acceptancePeriod().toDays(), projectEnd.plus(properties.finalReportAfter()),
        interim);
  }
}
