package ch.ag.funding.payment;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment instructions for the canton's finance system. The process records one per case and
 * kind of payment (after the step that booked it committed); finance exports the open ones in a
 * batch as CSV, which its system imports. CSV rather than an ISO 20022 pain.001 file: the
 * canton pays from its own finance system (which holds the debtor account and signs the
 * payments), and the seeds name no import format; a CSV is readable by the staff who check it
 * and maps onto any import. A pain.001 export can be added beside it once the format is known.
 */
@Service
public class PaymentInstructions {

  static final String[] HEADER = {"Referenz", "Zahlungsart", "Betrag", "Waehrung",
      "Empfaenger", "IBAN", "Zahlungszweck", "Erfasst am"};

  private final JdbcTemplate jdbc;
  private final Clock clock;

  PaymentInstructions(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A recorded instruction. */
  public record Instruction(long id, String reference, PaymentKind kind, BigDecimal amount,
      String creditor, String iban, String purpose, LocalDate createdOn, Long exportId) {}

  /**
   * Records the payment, once per case and kind: a repeated call (a retried job) changes
   * nothing.
   *
   * @return whether it was recorded now
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean instruct(String reference, PaymentKind kind, BigDecimal amount,
      String creditor, String iban, String projectTitle) {
    if (jdbc.queryForObject("select count(*) from payment_instruction where reference = ?"
        + " and kind = ?", Long.class, reference, kind.name()) > 0) {
      return false;
    }
    String purpose = shorten(kind.label() + " " + reference + " " + projectTitle, 140);
    jdbc.update("insert into payment_instruction (reference, kind, amount, creditor, iban,"
            + " purpose, created_at) values (?, ?, ?, ?, ?, ?, ?)",
        reference, kind.name(), amount.setScale(2, RoundingMode.HALF_UP), shorten(creditor, 200),
        iban.replace(" ", "").toUpperCase(Locale.ROOT), purpose,
        Timestamp.from(clock.instant()));
    return true;
  }

  @Transactional(readOnly = true)
  public List<Instruction> ofCase(String reference) {
    return jdbc.query("select * from payment_instruction where reference = ? order by id",
        (row, n) -> new Instruction(row.getLong("id"), row.getString("reference"),
            PaymentKind.valueOf(row.getString("kind")), row.getBigDecimal("amount"),
            row.getString("creditor"), row.getString("iban"), row.getString("purpose"),
            row.getTimestamp("created_at").toLocalDateTime().toLocalDate(),
            (Long) row.getObject("export_id", Long.class)), reference);
  }

  /** An export: its number and its CSV. */
  public record Export(long id, int payments, BigDecimal total, String csv) {}

  /**
   * Puts every open instruction into a new export, in one transaction: two exports at once
   * take turns, and no instruction is exported twice.
   *
   * @return empty when nothing is open
   */
  @Transactional
  public Optional<Export> exportOpen(String by) {
    List<Map<String, Object>> open = jdbc.queryForList("select id, amount from"
        + " payment_instruction where export_id is null order by id for update");
    if (open.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal total = open.stream().map(row -> (BigDecimal) row.get("amount"))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("insert into payment_export"
          + " (created_at, created_by, payments, total) values (?, ?, ?, ?)", new String[] {"id"});
      insert.setTimestamp(1, Timestamp.from(clock.instant()));
      insert.setString(2, by);
      insert.setInt(3, open.size());
      insert.setBigDecimal(4, total);
      return insert;
    }, key);
    long exportId = key.getKey().longValue();
    for (Map<String, Object> row : open) {
      jdbc.update("update payment_instruction set export_id = ? where id = ?", exportId,
          row.get("id"));
    }
    return export(exportId);
  }

  /** An earlier export again, as it was. */
  @Transactional(readOnly = true)
  public Optional<Export> export(long id) {
    List<Map<String, Object>> rows = jdbc.queryForList("select payments, total from"
        + " payment_export where id = ?", id);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    StringWriter csv = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setDelimiter(';')
        .setHeader(HEADER).get())) {
      for (Map<String, Object> row : jdbc.queryForList("select * from payment_instruction"
          + " where export_id = ? order by id", id)) {
        printer.printRecord(row.get("reference"), row.get("kind"),
            ((BigDecimal) row.get("amount")).toPlainString(), "CHF", row.get("creditor"),
            row.get("iban"), row.get("purpose"),
            ((Timestamp) row.get("created_at")).toLocalDateTime().toLocalDate());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(new Export(id, ((Number) rows.get(0).get("payments")).intValue(),
        (BigDecimal) rows.get(0).get("total"), csv.toString()));
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
