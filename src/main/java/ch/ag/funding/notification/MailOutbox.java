package ch.ag.funding.notification;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mails in the transaction that causes them (table {@code mail_outbox}), so that a mail
 * goes out if and only if its cause was committed; {@link OutboxDelivery} sends them afterwards.
 * Each mail's Message-ID is derived from its event (purpose, case and, for events that repeat,
 * their number), so one event queues one mail, and a repeated send is recognisable.
 */
@Service
public class MailOutbox {

  /** Why a mail is sent: its template, its audience, and whether it happens once per case. */
  public enum Purpose {
    STATUS_LINK("status-link", false, false),
    ACKNOWLEDGEMENT("acknowledgement", false, true),
    COMPLETION_REQUEST("completion-request", false, false),
    NOT_ENTERED("not-entered", false, true),
    REJECTION("rejection", false, true),
    APPROVAL("approval", false, true),
    OFFICE_NEW_CASE("office-new-case", true, true),
    OFFICE_CANTON_INFORMED("office-canton-informed", true, true),
    OFFICE_TASK_OVERDUE("office-task-overdue", true, false),
    AGREEMENT_REMINDER("agreement-reminder", false, true),
    WITHDRAWAL("withdrawal", false, true),
    REPORT_REMINDER("report-reminder", false, false),
    REPORT_DUNNING("report-dunning", false, false),
    REPORT_RECEIVED("report-received", false, false),
    REPORT_CHANGES("report-changes", false, false),
    SETTLEMENT("settlement", false, true),
    CLAWBACK("clawback", false, true);

    private final String template;
    private final boolean forOffice;
    private final boolean oncePerCase;

    Purpose(String template, boolean forOffice, boolean oncePerCase) {
      this.template = template;
      this.forOffice = forOffice;
      this.oncePerCase = oncePerCase;
    }

    public String template() {
      return template;
    }

    public boolean forOffice() {
      return forOffice;
    }
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final MailTemplates templates;
  private final MailProperties properties;

  MailOutbox(JdbcTemplate jdbc, Clock clock, MailTemplates templates,
      MailProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.templates = templates;
    this.properties = properties;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public boolean queue(String reference, Purpose purpose, String recipient,
      Map<String, Object> variables) {
    return queue(reference, purpose, recipient, variables, List.of());
  }

  /**
   * Queues a mail with documents of the case attached. An event that happens once per case
   * (an acknowledgement, a decision) and was queued before is not queued again.
   *
   * @return whether the mail was queued
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean queue(String reference, Purpose purpose, String recipient,
      Map<String, Object> variables, List<Long> attachedDocuments) {
    String messageId = messageId(reference, purpose);
    if (purpose.oncePerCase && jdbc.queryForObject(
        "select count(*) from mail_outbox where message_id = ?", Long.class, messageId) > 0) {
      return false;
    }
    MailTemplates.Rendered mail = templates.render(purpose.template(), variables,
        purpose.forOffice());
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("insert into mail_outbox"
          + " (reference, purpose, recipient, subject, body, html_body, created_at, message_id,"
          + " status, attempts) values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0)",
          new String[] {"id"});
      insert.setString(1, reference);
      insert.setString(2, purpose.name());
      insert.setString(3, recipient);
      insert.setString(4, mail.subject());
      insert.setString(5, mail.body());
      insert.setString(6, mail.html());
      insert.setTimestamp(7, Timestamp.from(clock.instant()));
      insert.setString(8, messageId);
      return insert;
    }, key);
    long mailId = key.getKey().longValue();
    for (Long document : attachedDocuments) {
      jdbc.update("insert into mail_attachment (mail_id, document_id) values (?, ?)", mailId,
          document);
    }
    return true;
  }

  /**
   * {@code <approval.SI-2026-0042@ag.ch>} for an event that happens once per case,
   * {@code <completion-request.SI-2026-0042.2@ag.ch>} for the second of a repeating one.
   */
  private String messageId(String reference, Purpose purpose) {
    String event = purpose.template() + "." + reference;
    if (!purpose.oncePerCase) {
      long earlier = jdbc.queryForObject("select count(*) from mail_outbox where reference = ?"
          + " and purpose = ?", Long.class, reference, purpose.name());
      event = event + "." + (earlier + 1);
    }
    String from = properties.from();
    return "<" + event + "@" + from.substring(from.indexOf('@') + 1).toLowerCase(Locale.ROOT)
        + ">";
  }
}
