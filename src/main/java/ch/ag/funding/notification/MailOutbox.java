package ch.ag.funding.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mails in the transaction that causes them (table {@code mail_outbox}), so that a mail
 * goes out if and only if its cause was committed; {@link OutboxDelivery} sends them afterwards.
 * Each mail gets its stable Message-ID here, so that a repeated send is recognisable.
 */
@Service
public class MailOutbox {

  /** Why a mail is sent; its name is the mail's template. */
  public enum Purpose {
    STATUS_LINK("status-link");

    private final String template;

    Purpose(String template) {
      this.template = template;
    }

    String template() {
      return template;
    }
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final MailTemplates templates;

  MailOutbox(JdbcTemplate jdbc, Clock clock, MailTemplates templates) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.templates = templates;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void queue(String reference, Purpose purpose, String recipient,
      Map<String, Object> variables) {
    MailTemplates.Rendered mail = templates.render(purpose.template(), variables);
    String messageId = "<" + purpose.name().toLowerCase(Locale.ROOT) + "." + reference + "."
        + UUID.randomUUID() + "@projektfoerderung.ag.ch>";
    jdbc.update("insert into mail_outbox (reference, purpose, recipient, subject, body,"
            + " created_at, message_id, status, attempts) values (?, ?, ?, ?, ?, ?, ?, ?, 0)",
        reference, purpose.name(), recipient, mail.subject(), mail.body(),
        Timestamp.from(clock.instant()), messageId, "PENDING");
  }
}
