package ch.ag.funding.retention;

import ch.ag.funding.submission.SubmissionService;
import ch.ag.funding.system.Numbers;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what a closed case may no longer keep (issue 8, {@link RetentionProperties}), each case
 * in a transaction of its own, so that a run can stop anywhere and the next one goes on:
 * <ol>
 *   <li>after {@code contactData}: the personal data: the contact, the IBAN and the free texts
 *       that may name people, from Camunda's history (the variables with their details and byte
 *       arrays); the case's documents and letters, mails, payment instructions and status links
 *       from the project's tables, whole;</li>
 *   <li>after {@code caseData}: the case's history itself (activities, tasks, comments, job logs,
 *       variables), once its anonymous figures are kept in {@code case_figures}. The ledger keeps
 *       its bookings (amounts by reference, no personal data).</li>
 * </ol>
 */
@Service
public class RetentionService {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);

  /** The variables that hold personal data, or free text that may name people. */
  static final List<String> PERSONAL_VARIABLES = List.of("contactName", "contactEmail",
      "contactPhone", "iban", "organisationName", "applicantAnswer", "agreementSignedBy",
      "agreementNote", "reportRemarks", "projectEndChangeReason", "documents",
      "listOrganisation");

  private static final String[] CASE_TABLES = {"mail_outbox", "case_document",
      "payment_instruction", "status_link"};
  private static final int BATCH = 200;

  private final HistoryService historyService;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final RetentionProperties properties;

  RetentionService(HistoryService historyService, JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager, RetentionProperties properties) {
    this.historyService = historyService;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.properties = properties;
  }

  /** What a run removed. */
  public record Result(int personalDataRemoved, int historiesRemoved) {}

  public Result run(Instant now) {
    int personal = 0;
    for (HistoricProcessInstance ended : endedBefore(now, properties.contactData())) {
      if (!done(ended.getBusinessKey(), "personal_data_removed_at")) {
        transaction.executeWithoutResult(status -> removePersonalData(ended, now));
        personal++;
      }
    }
    int histories = 0;
    for (HistoricProcessInstance ended : endedBefore(now, properties.caseData())) {
      transaction.executeWithoutResult(status -> {
        removePersonalData(ended, now);
        keepFigures(ended);
        historyService.deleteHistoricProcessInstancesIfExists(List.of(ended.getId()));
        mark(ended.getBusinessKey(), "history_removed_at", now);
      });
      histories++;
    }
    if (personal + histories > 0) {
      LOG.info("Retention: personal data of {} cases and the history of {} cases removed",
          personal, histories);
    }
    return new Result(personal, histories);
  }

  private List<HistoricProcessInstance> endedBefore(Instant now, Period retention) {
    Date before = Date.from(now.atZone(ch.ag.funding.system.SwissFormat.ZONE).minus(retention)
        .toInstant());
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(SubmissionService.PROCESS_KEY).finished().finishedBefore(before)
        .orderByProcessInstanceEndTime().asc().listPage(0, BATCH);
  }

  private void removePersonalData(HistoricProcessInstance ended, Instant now) {
    for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(ended.getId())
        .variableNameIn(PERSONAL_VARIABLES.toArray(String[]::new)).list()) {
      historyService.deleteHistoricVariableInstance(variable.getId());
    }
    String reference = ended.getBusinessKey();
    if (reference != null) {
      for (String table : CASE_TABLES) {
        jdbc.update("delete from " + table + " where reference = ?", reference);
      }
      mark(reference, "personal_data_removed_at", now);
    }
  }

  /** The case's anonymous figures, for the programme's reports, before its history goes. */
  private void keepFigures(HistoricProcessInstance ended) {
    Map<String, Object> values = new HashMap<>();
    historyService.createHistoricVariableInstanceQuery().processInstanceId(ended.getId())
        .disableCustomObjectDeserialization().list()
        .forEach(variable -> values.put(variable.getName(), variable.getValue()));
    String start = (String) values.get("projectStart");
    String submitted = (String) values.get("submissionDate");
    try {
      jdbc.update("insert into case_figures (reference, responsible_office, funding_source,"
              + " project_year, offer_type, municipalities, requested_amount, approved_amount,"
              + " actual_costs, participants, volunteers, outcome, submitted_on, ended_on)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          ended.getBusinessKey(), values.get("responsibleOffice"), values.get("fundingSource"),
          start == null ? null : LocalDate.parse(start).getYear(), values.get("offerType"),
          municipalities(values.get("municipalities")), amount(values.get("requestedAmount")),
          amount(values.get("approvedAmount")), amount(values.get("actualCosts")),
          count(values.get("reportParticipants")), count(values.get("reportVolunteers")),
          values.get("outcome"),
          submitted == null ? null : java.sql.Date.valueOf(LocalDate.parse(submitted)),
          new java.sql.Date(ended.getEndTime().getTime()));
    } catch (DuplicateKeyException alreadyKept) {
      // kept by an earlier, interrupted run or by another node
    }
  }

  private boolean done(String reference, String column) {
    return reference != null && jdbc.queryForObject("select count(*) from case_retention"
        + " where reference = ? and " + column + " is not null", Long.class, reference) > 0;
  }

  private void mark(String reference, String column, Instant now) {
    if (reference == null) {
      return;
    }
    if (jdbc.update("update case_retention set " + column + " = coalesce(" + column + ", ?)"
        + " where reference = ?", Timestamp.from(now), reference) == 0) {
      jdbc.update("insert into case_retention (reference, " + column + ") values (?, ?)",
          reference, Timestamp.from(now));
    }
  }

  private static String municipalities(Object json) {
    if (json instanceof SpinJsonNode node && node.isArray()) {
      return node.elements().stream().map(SpinJsonNode::stringValue)
          .collect(Collectors.joining(", "));
    }
    return null;
  }

  private static BigDecimal amount(Object value) {
    return value == null ? null : Numbers.decimal(value);
  }

  private static Integer count(Object value) {
    return value instanceof Number number ? number.intValue() : null;
  }
}
