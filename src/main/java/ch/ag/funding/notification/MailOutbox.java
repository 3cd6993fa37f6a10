package ch.ag.funding.notification;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mails in the transaction that causes them (table {@code mail_outbox}), so that a mail
 * goes out if and only if its cause was committed. Sending them is the notifications feature's
 * next step; until then they wait in the table.
 */
@Service
public class MailOutbox {

  /** Why a mail is sent. */
  public enum Purpose { STATUS_LINK }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  MailOutbox(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void queue(String reference, Purpose purpose, String recipient, String subject,
      String body) {
    jdbc.update("insert into mail_outbox (reference, purpose, recipient, subject, body,"
            + " created_at) values (?, ?, ?, ?, ?, ?)",
        reference, purpose.name(), recipient, subject, body, Timestamp.from(clock.instant()));
  }
}
