package ch.ag.funding.identity;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * Who may see a case through the project's own endpoints (ledger, documents): the canton,
 * the managers and the administrators see every case; a RIF sees the cases it is responsible for
 * ({@code responsibleOffice}).
 */
@Service
public class CaseAccess {

  /** Groups that see every case. */
  private static final Set<String> ALL_CASES =
      Set.of(StaffGroup.CANTON_MIKA, StaffGroup.FUNDING_MANAGERS, StaffGroup.CAMUNDA_ADMIN);

  private final HistoryService historyService;

  CaseAccess(HistoryService historyService) {
    this.historyService = historyService;
  }

  /** What a user may know of a case: nothing if it does not exist or is not theirs. */
  public enum Verdict { VISIBLE, HIDDEN, UNKNOWN }

  public Verdict check(String reference, Collection<String> groups) {
    Optional<HistoricProcessInstance> instance = historyService
        .createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
        .orderByProcessInstanceStartTime().asc().listPage(0, 1).stream().findFirst();
    if (instance.isEmpty()) {
      return Verdict.UNKNOWN;
    }
    if (groups.stream().anyMatch(ALL_CASES::contains)) {
      return Verdict.VISIBLE;
    }
    HistoricVariableInstance office = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.get().getId()).variableName("responsibleOffice")
        .singleResult();
    return office != null && groups.contains(office.getValue()) ? Verdict.VISIBLE
        : Verdict.HIDDEN;
  }
}
