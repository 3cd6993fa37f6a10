package ch.ag.funding;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a fresh PostgreSQL database over a real connection, with the demo
 * users, on a random port. The job executor is off: tests run due jobs themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=false",
        // the tests submit and upload far more often than a client may; the limit on new
        // status links (10 an hour) stays and is tested in PortalIT
        "funding.portal.rate-limit.submissions-per-hour=100000",
        "funding.portal.rate-limit.uploads-per-hour=100000"})
@ActiveProfiles({"postgres", "demo"})
public abstract class PostgresIntegrationTest {

  private static final String DATABASE_URL = PostgresTestDatabase.create("app");

  @LocalServerPort
  protected int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> DATABASE_URL);
    registry.add("spring.datasource.username", PostgresTestDatabase::username);
    registry.add("spring.datasource.password", PostgresTestDatabase::password);
  }

  @Autowired
  private ManagementService managementService;
  @Autowired
  private HistoryService historyService;

  protected Http http() {
    return new Http("http://localhost:" + port);
  }

  /** Drives cases as applicants and caseworkers do, see {@link CaseDriver}. */
  protected CaseDriver driver() {
    return new CaseDriver(http(), managementService, historyService);
  }
}
