package ch.ag.funding.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.PostgresIntegrationTest;
import ch.ag.funding.submission.ApplicationValidator;
import ch.ag.funding.submission.ApplicationVariables;
import ch.ag.funding.submission.TestApplications;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * 1,000 cases whose report reminders fall due at once are handled by the job executor (on, in
 * this test alone), each exactly once: one pass through "An Bericht erinnern", one mail, no
 * incident. The time it took is logged and written to {@code target/reminder-load.txt}; it is a
 * figure for the notes, never an assertion. The context is closed afterwards, so that its job
 * executor does not run the jobs of later test classes.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
@DirtiesContext
class ReportReminderLoadIT extends PostgresIntegrationTest {

  private static final Logger LOG = LoggerFactory.getLogger(ReportReminderLoadIT.class);
  private static final int CASES = 1000;

  @Autowired
  private RuntimeService runtimeService;
  @Autowired
  private ManagementService managementService;
  @Autowired
  private HistoryService historyService;
  @Autowired
  private JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aThousandDueRemindersAreEachSentOnce() throws Exception {
    Instant now = Instant.now();
    Date reminderAt = Date.from(now.plus(Duration.ofHours(1)));
    Map<String, Object> application = TestApplications.small();
    VariableMap template = ApplicationVariables.of(
        new ApplicationValidator().validate(application, true));
    for (int i = 0; i < CASES; i++) {
      String reference = String.format("SI-2031-%05d", i);
      runtimeService.createProcessInstanceByKey("fundingApplication").businessKey(reference)
          .startBeforeActivity("submitReport")
          .setVariables(template)
          .setVariable("reference", reference)
          .setVariable("responsibleOffice", "rif-baden")
          .setVariable("approvedAmount", 4000.0)
          .setVariable("advanceAmount", 3200.0)
          .setVariable("reportKind", "FINAL")
          .setVariable("reportKindLabel", "Schlussbericht")
          .setVariable("reportDueDate", "2031-01-31")
          .setVariable("reportDueAt", Date.from(now.plus(Duration.ofDays(14))))
          .setVariable("reportReminderAt", reminderAt)
          .setVariable("dunned", false)
          .execute();
    }
    List<String> instances = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKeyLike("SI-2031-%").list().stream().map(p -> p.getId())
        .toList();
    assertThat(instances).hasSize(CASES);

    long started = System.nanoTime();
    ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofHours(2))));
    long open = CASES;
    while (open > 0 && System.nanoTime() - started < Duration.ofMinutes(5).toNanos()) {
      Thread.sleep(250);
      open = managementService.createJobQuery().timers()
          .activityId("Event_ReportReminderDue").count();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(open).as("reminders still due").isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery()
        .activityId("remindReport").count()).isEqualTo(CASES);
    assertThat(jdbc.queryForObject("select count(*) from mail_outbox where purpose ="
        + " 'REPORT_REMINDER' and reference like 'SI-2031-%'", Long.class)).isEqualTo(CASES);
    assertThat(jdbc.queryForObject("select count(distinct reference) from mail_outbox where"
        + " purpose = 'REPORT_REMINDER' and reference like 'SI-2031-%'", Long.class))
        .isEqualTo(CASES);
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKeyLike("SI-2031-%").activityIdIn("submitReport").count())
        .as("every case still waits for its report").isEqualTo(CASES);
    String figure = CASES + " due reminders handled by the job executor (one node, PostgreSQL)"
        + " in " + took.toMillis() + " ms";
    LOG.info(figure);
    Files.writeString(Path.of("target", "reminder-load.txt"), figure + "\n");
  }
}
