package ch.ag.funding.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of the mails: the audit list of a case's mails for staff, the failed mails for the
 * administrators, and sending a failed mail again. A mail that failed for good also raises an
 * incident of type {@value #INCIDENT_TYPE} on its running case, so that Cockpit shows it; sending
 * it again resolves the incident.
 */
@Service
public class MailLog {

  public static final String INCIDENT_TYPE = "mailDelivery";

  /**
   * A mail as staff see it: the stored copy, with any status link removed.
   *
   * @param purpose the event that caused the mail ({@link MailOutbox.Purpose})
   * @param status PENDING, SENT or FAILED
   */
  public record Mail(long id, String reference, String purpose, String recipient,
      String subject, String body, String messageId, String status, int attempts,
      Instant createdAt, Instant sentAt, Instant nextAttemptAt, String lastError,
      List<String> attachments) {}

  private static final String COLUMNS = "id, reference, purpose, recipient, subject, body,"
      + " message_id, status, attempts, created_at, sent_at, next_attempt_at, last_error";

  private final JdbcTemplate jdbc;
  private final RuntimeService runtimeService;

  MailLog(JdbcTemplate jdbc, RuntimeService runtimeService) {
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
  }

  /** The mails of a case, oldest first. */
  @Transactional(readOnly = true)
  public List<Mail> ofCase(String reference) {
    return jdbc.query("select " + COLUMNS + " from mail_outbox where reference = ?"
        + " order by id", this::mail, reference);
  }

  /** The mails in a state (PENDING, SENT, FAILED), oldest first, at most 500. */
  @Transactional(readOnly = true)
  public List<Mail> withStatus(String status) {
    return jdbc.query("select " + COLUMNS + " from mail_outbox where status = ?"
        + " order by id fetch first 500 rows only", this::mail, status);
  }

  /**
   * Sends a failed mail again: it is due at once, with all its attempts, and the case's
   * incident about it is resolved.
   *
   * @return the mail, or empty if there is no such failed mail
   */
  @Transactional
  public Optional<Mail> retry(long id) {
    int updated = jdbc.update("update mail_outbox set status = 'PENDING', attempts = 0,"
        + " next_attempt_at = null where id = ? and status = 'FAILED'", id);
    if (updated == 0) {
      return Optional.empty();
    }
    for (Incident incident : runtimeService.createIncidentQuery().incidentType(INCIDENT_TYPE)
        .configuration(String.valueOf(id)).list()) {
      runtimeService.resolveIncident(incident.getId());
    }
    return find(id);
  }

  @Transactional(readOnly = true)
  public Optional<Mail> find(long id) {
    return jdbc.query("select " + COLUMNS + " from mail_outbox where id = ?", this::mail, id)
        .stream().findFirst();
  }

  /** Raises the incident of a mail that failed for good on its case, if the case still runs. */
  @Transactional(propagation = Propagation.MANDATORY)
  void raiseIncident(long id, String reference, String recipient, String error) {
    if (reference == null) {
      return;
    }
    ProcessInstance running = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).active().list().stream().findFirst()
        .orElse(null);
    if (running == null) {
      return;
    }
    // an incident belongs to an execution at an activity: where the case waits now
    Execution waiting = runtimeService.getActiveActivityIds(running.getId()).stream()
        .flatMap(activity -> runtimeService.createExecutionQuery()
            .processInstanceId(running.getId()).activityId(activity).list().stream())
        .findFirst().orElse(null);
    if (waiting != null) {
      runtimeService.createIncident(INCIDENT_TYPE, waiting.getId(), String.valueOf(id),
          "E-Mail " + id + " an " + recipient + " konnte nicht zugestellt werden (" + error
              + "). Erneut senden: POST /api/admin/mails/" + id + "/retry");
    }
  }

  private Mail mail(ResultSet row, int n) throws SQLException {
    long id = row.getLong("id");
    return new Mail(id, row.getString("reference"), row.getString("purpose"),
        row.getString("recipient"), row.getString("subject"),
        OutboxDelivery.redact(row.getString("body")), row.getString("message_id"),
        row.getString("status"), row.getInt("attempts"), instant(row, "created_at"),
        instant(row, "sent_at"), instant(row, "next_attempt_at"), row.getString("last_error"),
        jdbc.queryForList("select d.file_name from mail_attachment a join case_document d"
            + " on d.id = a.document_id where a.mail_id = ? order by d.id", String.class, id));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    Timestamp value = row.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
