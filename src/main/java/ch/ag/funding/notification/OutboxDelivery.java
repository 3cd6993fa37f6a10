package ch.ag.funding.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued mails of {@link MailOutbox}, oldest first, each in a transaction of its own
 * that locks its row, so that on several nodes a mail is sent once. A failed send is tried again
 * after a wait that doubles (from {@code funding.mail.first-retry-after}); after
 * {@code funding.mail.max-attempts} the mail is FAILED, which the administrators see. A sent
 * mail's stored copy keeps no status link. Without an SMTP server ({@code spring.mail.host}
 * unset, the demo) nothing is sent.
 */
@Component
public class OutboxDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
  private static final Pattern STATUS_LINK = Pattern.compile("/status/[A-Za-z0-9_-]{20,}");
  private static final int BATCH = 50;

  private final ObjectProvider<JavaMailSenderImpl> mailSender;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final MailProperties properties;
  private final MailLog log;

  OutboxDelivery(ObjectProvider<JavaMailSenderImpl> mailSender, JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager, Clock clock, MailProperties properties,
      MailLog log) {
    this.log = log;
    this.mailSender = mailSender;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.properties = properties;
  }

  /** Sends what is due; returns how many mails went out. */
  @Scheduled(fixedDelayString = "${funding.mail.delivery-interval:PT15S}",
      initialDelayString = "${funding.mail.delivery-interval:PT15S}")
  public int deliverDue() {
    JavaMailSenderImpl sender = mailSender.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    List<Long> due = jdbc.queryForList("select id from mail_outbox where status = 'PENDING'"
            + " and (next_attempt_at is null or next_attempt_at <= ?) order by id"
            + " fetch first " + BATCH + " rows only",
        Long.class, Timestamp.from(clock.instant()));
    int sent = 0;
    for (Long id : due) {
      if (Boolean.TRUE.equals(transaction.execute(status -> deliver(id, sender)))) {
        sent++;
      }
    }
    return sent;
  }

  private boolean deliver(long id, JavaMailSenderImpl sender) {
    List<Map<String, Object>> rows = jdbc.queryForList("select id, reference, recipient, subject, body,"
        + " html_body, message_id, attempts from mail_outbox where id = ? and status = 'PENDING'"
        + " for update", id);
    if (rows.isEmpty()) {
      return false; // sent by another node meanwhile
    }
    Map<String, Object> mail = rows.get(0);
    int attempts = ((Number) mail.get("attempts")).intValue() + 1;
    Instant now = clock.instant();
    try {
      sender.send(message(sender, mail));
      jdbc.update("update mail_outbox set status = 'SENT', sent_at = ?, attempts = ?,"
              + " last_error = null, body = ?, html_body = ? where id = ?",
          Timestamp.from(now), attempts, redact((String) mail.get("body")),
          redact((String) mail.get("html_body")), id);
      return true;
    } catch (MailException | MessagingException e) {
      boolean last = attempts >= properties.maxAttempts();
      Duration wait = properties.firstRetryAfter().multipliedBy(1L << Math.min(attempts - 1, 16));
      LOG.warn("Mail {} not sent (attempt {} of {}): {}", mail.get("message_id"), attempts,
          properties.maxAttempts(), e.getMessage());
      jdbc.update("update mail_outbox set status = ?, attempts = ?, next_attempt_at = ?,"
              + " last_error = ? where id = ?",
          last ? "FAILED" : "PENDING", attempts, Timestamp.from(now.plus(wait)),
          abbreviate(String.valueOf(e.getMessage())), id);
      if (last) {
        log.raiseIncident(id, (String) mail.get("reference"), (String) mail.get("recipient"),
            abbreviate(String.valueOf(e.getMessage())));
      }
      return false;
    }
  }

  private MimeMessage message(JavaMailSenderImpl sender, Map<String, Object> mail)
      throws MessagingException {
    String messageId = (String) mail.get("message_id");
    MimeMessage message = new MimeMessage(sender.getSession()) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    MimeMessageHelper helper = new MimeMessageHelper(message,
        MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
    helper.setFrom(properties.from());
    helper.setTo((String) mail.get("recipient"));
    helper.setSubject((String) mail.get("subject"));
    String html = (String) mail.get("html_body");
    if (html == null) {
      helper.setText((String) mail.get("body"), false);
    } else {
      helper.setText((String) mail.get("body"), html);
    }
    for (Map<String, Object> document : jdbc.queryForList("select d.file_name, d.media_type,"
        + " d.content from mail_attachment a join case_document d on d.id = a.document_id"
        + " where a.mail_id = ? order by d.id", mail.get("id"))) {
      helper.addAttachment((String) document.get("file_name"),
          new ByteArrayResource((byte[]) document.get("content")),
          (String) document.get("media_type"));
    }
    return message;
  }

  /** The stored copy of a sent mail keeps no secret link. */
  static String redact(String body) {
    if (body == null) {
      return null;
    }
    return STATUS_LINK.matcher(body).replaceAll("/status/[entfernt]");
  }

  private static String abbreviate(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 2000);
  }
}
