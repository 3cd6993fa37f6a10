package ch.ag.funding.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tasklist responsiveness at many open tasks: cases of the real process are started at their
 * decision task over the engine's REST API ({@code startBeforeActivity}, with the variables a
 * case has there, so that the task listeners set the list columns as for a submitted case),
 * spread evenly over the nine RIF (rifPreDecision) and the canton (cantonDecision). Then, as a
 * caseworker with authorizations on, the requests Tasklist sends for each of the user's filters:
 * the first page ({@code POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=15},
 * HAL, sorted by creation date descending) and the count ({@code GET /filter/{id}/count}).
 */
final class TasklistBenchmark {

  /** The body Tasklist 7.24 posts for a filter's first page (its taskListQuery). */
  static final Map<String, Object> FIRST_PAGE = firstPage();

  private final BenchmarkSettings settings;

  TasklistBenchmark(BenchmarkSettings settings) {
    this.settings = settings;
  }

  Map<String, Object> run() throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    try (BenchmarkDatabase database = BenchmarkDatabase.create(settings, "tasklist");
        BenchmarkNode node = BenchmarkNode.start("tasklist", settings, database, true,
            Map.of())) {
      BenchmarkHttp http = new BenchmarkHttp(node.baseUrl());
      result.putAll(CaseCloner.seed(settings, database, settings.tasks(),
          cases -> seed(http, cases, settings.seeders())));
      result.put("openTasks", database.queryLong("select count(*) from act_ru_task"));
      result.put("seedCasesPerSecond",
          Latencies.round(settings.tasks() / (double) result.get("seedSeconds")));
      result.put("users", measure(http, List.of("rif-baden-demo", "canton-demo")));
    }
    result.put("measuredAs", "per filter of the user: 10 warm-up rounds, then "
        + settings.tasklistRepetitions() + " sequential rounds of the first page (HAL, as"
        + " Tasklist sends it) and the count; authorizations on. withoutAuthorizationCheck:"
        + " the same filter's requests as admin (camunda-admin, which the engine does not"
        + " check), for the filters that have tasks");
    return result;
  }

  /** Starts {@code tasks} cases at their decision task, spread over the ten offices. */
  static void seed(BenchmarkHttp http, int tasks, int threads) throws Exception {
    BenchmarkHttp admin = http.as(BenchmarkCases.ADMIN, BenchmarkCases.PASSWORD);
    List<String> offices = new ArrayList<>(BenchmarkCases.RIF_OFFICES);
    offices.add(BenchmarkCases.CANTON);
    BenchmarkCases.parallel(threads, tasks, number -> {
      String office = offices.get(number % offices.size());
      String activity = office.equals(BenchmarkCases.CANTON) ? "cantonDecision"
          : "rifPreDecision";
      String reference = String.format("SI-2030-%05d", number);
      Map<String, Object> body = Map.of("businessKey", reference,
          "variables", BenchmarkCases.caseVariables(office, reference),
          "startInstructions", List.of(Map.of("type", "startBeforeActivity",
              "activityId", activity)));
      admin.post("/engine-rest/process-definition/key/fundingApplication/start", body)
          .expect(200, "seeding " + reference);
    });
  }

  private Map<String, Object> measure(BenchmarkHttp http, List<String> users) {
    BenchmarkHttp admin = http.as(BenchmarkCases.ADMIN, BenchmarkCases.PASSWORD);
    Map<String, Object> byUser = new LinkedHashMap<>();
    for (String user : users) {
      BenchmarkHttp caseworker = http.as(user, BenchmarkCases.PASSWORD);
      JsonNode filters = caseworker.get("/engine-rest/filter?resourceType=Task")
          .expect(200, "filters").json();
      Map<String, Object> byFilter = new LinkedHashMap<>();
      for (JsonNode filter : filters) {
        String id = filter.get("id").asText();
        Map<String, Object> figures = rounds(caseworker, id);
        long total = (long) figures.get("tasks");
        if (total > 0) {
          figures.put("withoutAuthorizationCheck", withoutAuthorizationCheck(admin, id, total));
        }
        byFilter.put(filter.get("name").asText(), figures);
      }
      byUser.put(user, byFilter);
    }
    return byUser;
  }

  /**
   * The same filter's first page and count as {@code admin}, a member of camunda-admin, for
   * whom the engine leaves out the authorization check: the same query on the same tasks
   * without the join over the authorizations, to show what that join costs.
   */
  private Map<String, Object> withoutAuthorizationCheck(BenchmarkHttp admin, String filter,
      long caseworkersTasks) {
    Map<String, Object> figures = rounds(admin, filter);
    long tasks = (long) figures.remove("tasks");
    if (tasks != caseworkersTasks) {
      // the filters name their group, so admin must see the caseworker's tasks, no more
      throw new IllegalStateException("filter " + filter + ": admin counts " + tasks
          + " tasks, the caseworker " + caseworkersTasks);
    }
    figures.put("user", BenchmarkCases.ADMIN);
    return figures;
  }

  /**
   * The user's rounds on one filter: 10 of warm-up, then the measured ones. Figures: the
   * filter's {@code tasks} (its count), the {@code firstPage} and {@code count} latencies.
   */
  private Map<String, Object> rounds(BenchmarkHttp user, String filter) {
    for (int i = 0; i < 10; i++) {
      round(user, filter, new Latencies(), new Latencies());
    }
    Latencies page = new Latencies();
    Latencies count = new Latencies();
    long tasks = 0;
    for (int i = 0; i < settings.tasklistRepetitions(); i++) {
      tasks = round(user, filter, page, count);
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("tasks", tasks);
    figures.put("firstPage", page.summary());
    figures.put("count", count.summary());
    return figures;
  }

  private static long round(BenchmarkHttp caseworker, String filter, Latencies page,
      Latencies count) {
    JsonNode list = page.time(() -> caseworker.post("/engine-rest/filter/" + filter
        + "/list?firstResult=0&maxResults=15", "application/hal+json", FIRST_PAGE))
        .expect(200, "filter list").json();
    if (!list.has("_embedded")) {
      throw new IllegalStateException("no HAL answer: " + list);
    }
    return count.time(() -> caseworker.get("/engine-rest/filter/" + filter + "/count"))
        .expect(200, "filter count").json().get("count").asLong();
  }

  private static Map<String, Object> firstPage() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("processVariables", List.of());
    body.put("taskVariables", List.of());
    body.put("caseInstanceVariables", List.of());
    body.put("firstResult", 0);
    body.put("maxResults", 15);
    body.put("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));
    body.put("active", true);
    return body;
  }
}
