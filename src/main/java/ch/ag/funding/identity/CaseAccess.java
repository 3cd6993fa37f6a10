package ch.ag.funding.identity;

import ch.ag.funding.system.web.ApiError;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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

  /**
   * How the project's API refuses a staff request for a case: 404 when there is no such case,
   * 403 when it is another office's; empty when the user may see it.
   */
  public Optional<ResponseEntity<ApiError>> refusal(String reference, Authentication user) {
    List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .toList();
    return switch (check(reference, groups)) {
      case UNKNOWN -> Optional.of(ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(ApiError.of("Es gibt kein Gesuch " + reference + ".")));
      case HIDDEN -> Optional.of(ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body(ApiError.of("Dieses Gesuch liegt nicht in Ihrer Zuständigkeit.")));
      case VISIBLE -> Optional.empty();
    };
  }
}
