package ch.ag.funding.retention;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.CaseDriver.Case;
import ch.ag.funding.Http;
import ch.ag.funding.PostgresIntegrationTest;
import ch.ag.funding.submission.TestApplications;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retention on PostgreSQL: a case driven from submission to closure with a chosen contact name
 * and IBAN leaves, once the retention job has run ten years later, no trace of either in any
 * text or binary column of any table of the database; its anonymous figures and its ledger
 * bookings remain.
 */
class RetentionIT extends PostgresIntegrationTest {

  private static final String NAME = "Zoë Vergessenheit";
  private static final String NAME_PART = "Vergessenheit";
  private static final String IBAN = "CH56 0483 5012 3456 7800 9";

  @Autowired
  private RetentionService retention;
  @Autowired
  private HistoryService historyService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }


  /** A closed case with the chosen contact and IBAN in every place the process puts them. */
  private Case closedCase() {
    Map<String, Object> application = TestApplications.small();
    application.put("contactName", NAME);
    application.put("iban", IBAN);
    Case of = driver().submit(application);
    Http.Response uploaded = http().postRaw(of.statusPath() + "/documents",
        "multipart/form-data; boundary=x",
        java.net.http.HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition:"
            + " form-data; name=\"file\"; filename=\"budget.pdf\"\r\nContent-Type:"
            + " application/pdf\r\n\r\n%PDF-1.4\n% " + NAME + " " + IBAN + "\n%%EOF\r\n--x--\r\n"));
    assertThat(uploaded.status()).as(uploaded.body()).isBetween(200, 201);
    driver().complete("rif-baden-demo", of, Map.of("rifDecision", "APPROVE"));
    driver().runJobs(of);
    taskService.createComment(taskService.createTaskQuery().processInstanceId(
        of.processInstanceId()).singleResult().getId(), of.processInstanceId(),
        "Telefon mit " + NAME + ", IBAN " + IBAN);
    driver().answer(of, Map.of("agreementAccepted", true, "agreementSignedBy", NAME));
    driver().runJobs(of);
    driver().answer(of, Map.of("reportActivities", "40 Treffen.", "reportParticipants", 48,
        "reportVolunteers", 6, "actualCosts", 10000, "actualIncome", 5000,
        "reportRemarks", "Kontakt: " + NAME));
    driver().runJobs(of);
    driver().complete("rif-baden-demo", of, Map.of("reportReview", "ACCEPT"));
    driver().runJobs(of);
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(of.processInstanceId()).finished().count()).isEqualTo(1);
    return of;
  }

  /** Every text and binary column of every table that contains the text. */
  private List<String> placesOf(String text) {
    List<String> places = new ArrayList<>();
    for (Map<String, Object> column : jdbc.queryForList("select table_name, column_name,"
        + " data_type from information_schema.columns where table_schema = current_schema()"
        + " and data_type in ('character varying', 'text', 'character', 'bytea')")) {
      String table = (String) column.get("table_name");
      String name = (String) column.get("column_name");
      long hits = "bytea".equals(column.get("data_type"))
          ? jdbc.queryForObject("select count(*) from \"" + table + "\" where position(? in \""
              + name + "\") > 0", Long.class, (Object) text.getBytes(StandardCharsets.UTF_8))
          : jdbc.queryForObject("select count(*) from \"" + table + "\" where \"" + name
              + "\" like ?", Long.class, "%" + text + "%");
      if (hits > 0) {
        places.add(table + "." + name);
      }
    }
    return places;
  }

  @Test
  void tenYearsAfterItsClosureNothingOfTheContactOrIbanRemains() {
    Case of = closedCase();
    List<String> traces = List.of(NAME_PART, IBAN, IBAN.replace(" ", ""));
    assertThat(placesOf(NAME_PART)).as("the case holds the contact while it runs")
        .contains("act_hi_varinst.text_", "act_hi_detail.text_", "act_hi_comment.message_",
            "mail_outbox.body", "case_document.content");
    assertThat(placesOf(IBAN)).as("and the IBAN").contains("act_hi_varinst.text_");
    assertThat(placesOf(IBAN.replace(" ", ""))).contains("payment_instruction.iban");

    Date nineYearsLater = Date.from(ZonedDateTime.now().plusYears(9).toInstant());
    ClockUtil.setCurrentTime(nineYearsLater);
    retention.run(nineYearsLater.toInstant());
    assertThat(placesOf(NAME_PART)).as("kept within the retention").isNotEmpty();

    Date tenYearsLater = Date.from(ZonedDateTime.now().plusYears(10).plusDays(2).toInstant());
    ClockUtil.setCurrentTime(tenYearsLater);
    retention.run(tenYearsLater.toInstant());

    for (String trace : traces) {
      assertThat(placesOf(trace)).as("places of «%s»", trace).isEmpty();
    }
    assertThat(jdbc.queryForMap("select * from case_figures where reference = ?",
        of.reference())).containsEntry("responsible_office", "rif-baden")
        .containsEntry("outcome", "CLOSED").containsEntry("participants", 48)
        .containsEntry("municipalities", "Wettingen");
    assertThat(jdbc.queryForList("select booking_type from ledger_booking where business_key = ?"
        + " order by id", String.class, of.reference()))
        .containsExactly("RESERVATION", "ADVANCE_PAYMENT", "FINAL_PAYMENT");
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(of.processInstanceId()).count()).isZero();
    assertThat(retention.run(tenYearsLater.toInstant()).historiesRemoved())
        .as("a second run finds nothing more").isZero();
  }
}
