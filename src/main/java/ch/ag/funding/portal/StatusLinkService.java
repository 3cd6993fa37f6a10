package ch.ag.funding.portal;

import ch.ag.funding.notification.MailOutbox;
import ch.ag.funding.notification.StatusLinks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's secret status link (domain.md §7): a random token of 256 bits, shown once and
 * sent by mail, stored only as its SHA-256 hash.
 */
@Service
public class StatusLinkService implements StatusLinks {

  private static final int TOKEN_BYTES = 32;
  /** 32 bytes in URL-safe Base64 without padding. */
  private static final Pattern TOKEN_FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final PortalProperties properties;
  private final HistoryService historyService;
  private final MailOutbox outbox;
  private final SecureRandom random = new SecureRandom();

  StatusLinkService(JdbcTemplate jdbc, Clock clock, PortalProperties properties,
      HistoryService historyService, MailOutbox outbox) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
    this.historyService = historyService;
    this.outbox = outbox;
  }

  /** Issues a new link for a case and returns its public URL; the token is not kept. */
  @Override
  @Transactional
  public String issue(String reference, String processInstanceId) {
    return register(reference, processInstanceId, newToken());
  }

  /**
   * A new random token, not yet valid: the submission hands it to the starting case, whose
   * acknowledgement registers it ({@link #register}) and mails it.
   */
  public String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Makes a token from {@link #newToken} the case's link and returns its public URL. */
  @Override
  @Transactional
  public String register(String reference, String processInstanceId, String token) {
    if (!TOKEN_FORMAT.matcher(token).matches()) {
      throw new IllegalArgumentException("Not a status link token");
    }
    jdbc.update("insert into status_link (reference, process_instance_id, token_hash, created_at)"
            + " values (?, ?, ?, ?)",
        reference, processInstanceId, hash(token), Timestamp.from(clock.instant()));
    return url(token);
  }

  /** The public URL of a token's status page. */
  public String url(String token) {
    return properties.baseUrl() + "/status/" + token;
  }

  @Override
  public String baseUrl() {
    return properties.baseUrl();
  }

  /** The case a link belongs to, as stored at submission. */
  public record LinkedCase(String reference, String processInstanceId) {}

  /** The case of a token, if it is a valid, current one. */
  @Transactional(readOnly = true)
  public Optional<LinkedCase> find(String token) {
    if (token == null || !TOKEN_FORMAT.matcher(token).matches()) {
      return Optional.empty();
    }
    return jdbc.query("select reference, process_instance_id from status_link"
            + " where token_hash = ? and revoked_at is null",
        (row, n) -> new LinkedCase(row.getString(1), row.getString(2)), hash(token))
        .stream().findFirst();
  }

  /**
   * Issues a new link for a case when the e-mail address is the case's contact address, revokes
   * the old links and queues the new one for that address. Says nothing about whether the
   * reference and the address matched (no enumeration).
   */
  @Transactional
  public void reissue(String reference, String email) {
    List<String> instances = jdbc.queryForList("select distinct process_instance_id from"
        + " status_link where reference = ?", String.class, reference.strip());
    if (instances.size() != 1) {
      return;
    }
    String processInstanceId = instances.get(0);
    HistoricVariableInstance contact = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName("contactEmail").singleResult();
    if (contact == null || !(contact.getValue() instanceof String address)
        || !address.strip().equalsIgnoreCase(email.strip())) {
      return;
    }
    jdbc.update("update status_link set revoked_at = ? where reference = ? and revoked_at is null",
        Timestamp.from(clock.instant()), reference.strip());
    String link = issue(reference.strip(), processInstanceId);
    outbox.queue(reference.strip(), MailOutbox.Purpose.STATUS_LINK, address.strip(),
        Map.of("reference", reference.strip(), "link", link));
  }

  static String hash(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
