package ch.ag.funding.budget;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.ag.funding.submission.Application;
import ch.ag.funding.submission.Application.FundingSource;
import ch.ag.funding.submission.SubmissionService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/** The delegate translates variables to the budget check and back, nothing more. */
class CheckBudgetDelegateTest {

  private final SubmissionService submissions = mock(SubmissionService.class);
  private final BudgetCheckService budgetChecks = mock(BudgetCheckService.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void checksTheResponsibleOfficesBudgetOfTheProjectStartYear() {
    when(submissions.application(execution)).thenReturn(application(LocalDate.of(2028, 2, 1)));
    when(execution.getVariable("responsibleOffice")).thenReturn("rif-baden");
    BudgetKey budget = new BudgetKey("rif-baden", 2028, FundingSource.IP);
    when(budgetChecks.check(budget, new BigDecimal("4000.00"), new BigDecimal("9000.00")))
        .thenReturn(new BudgetCheck(new BigDecimal("16000.00"), true, "reicht"));

    new CheckBudgetDelegate(submissions, budgetChecks).execute(execution);

    verify(execution).setVariable("budgetAvailable", 16000.0);
    verify(execution).setVariable("budgetSufficient", true);
    verify(execution).setVariable("budgetSummary", "reicht");
  }

  private static Application application(LocalDate start) {
    return new Application("Verein", Application.OrganisationType.VEREIN, "Anna", "a@b.ch", null,
        "CH93 0076 2011 6238 5295 7", "Atelier", "Beschreibung", Application.OfferType.ATELIER,
        "Frauen", 12, null, List.of("Baden"), false, start, start.plusMonths(6),
        new BigDecimal("9000.00"), new BigDecimal("5000.00"), BigDecimal.ZERO.setScale(2),
        BigDecimal.ZERO.setScale(2), new BigDecimal("4000.00"), FundingSource.IP, true);
  }
}
