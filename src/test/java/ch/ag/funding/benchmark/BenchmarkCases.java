package ch.ag.funding.benchmark;

import ch.ag.funding.submission.TestApplications;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** What the scenarios share: the offices, budgets, applications and the engine's REST format. */
final class BenchmarkCases {

  static final String ADMIN = "admin";
  static final String PASSWORD = "demo";
  static final List<String> RIF_OFFICES = List.of("rif-aarau", "rif-baden", "rif-brugg",
      "rif-fricktal", "rif-freiamt", "rif-zofingen", "rif-aargausued", "rif-lenzburg-seetal",
      "rif-oberes-freiamt");
  static final String CANTON = "canton-mika";
  /** One municipality of each office's perimeter, so that a case is that office's. */
  static final Map<String, String> MUNICIPALITY = Map.of("rif-aarau", "Aarau",
      "rif-baden", "Wettingen", "rif-brugg", "Windisch", "rif-fricktal", "Rheinfelden",
      "rif-freiamt", "Wohlen", "rif-zofingen", "Zofingen", "rif-aargausued", "Reinach",
      "rif-lenzburg-seetal", "Lenzburg", "rif-oberes-freiamt", "Muri", CANTON, "Spreitenbach");
  private static final DateTimeFormatter REST_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  /** The bare-engine baseline's process key. */
  static final String BARE_KEY = "benchmarkBareCase";

  private BenchmarkCases() {}

  /** Budgets large enough for any run, for every office, source and the next years. */
  static void setLargeBudgets(BenchmarkHttp http) {
    BenchmarkHttp admin = http.as(ADMIN, PASSWORD);
    int year = Year.now().getValue();
    List<String> offices = new ArrayList<>(RIF_OFFICES);
    offices.add(CANTON);
    for (String office : offices) {
      for (int y = year; y <= year + 2; y++) {
        for (String source : List.of("KIP", "IP")) {
          admin.put("/api/admin/budgets/" + office + "/" + y + "/" + source,
              Map.of("amount", 100_000_000)).expect(200, "budget " + office);
        }
      }
    }
  }

  /** An application as the portal posts it (a larger project: RIF, then the canton). */
  static Map<String, Object> application(int number) {
    Map<String, Object> application = TestApplications.valid();
    application.put("projectTitle", "Sprachcafé " + number);
    return application;
  }

  /**
   * The process variables a case of the office has when it reaches a decision task, in the
   * engine's REST format (the municipalities as a Json variable, as the portal stores them).
   */
  static Map<String, Object> caseVariables(String office, String reference) {
    Map<String, Object> variables = new LinkedHashMap<>();
    Map<String, Object> application = TestApplications.valid();
    application.put("municipalities", List.of(MUNICIPALITY.get(office)));
    application.forEach((name, value) -> {
      if (value instanceof List<?> list) {
        variables.put(name, typed(write(list), "Json"));
      } else if (value instanceof Integer number && isAmount(name)) {
        variables.put(name, typed(number.doubleValue(), "Double"));
      } else {
        variables.put(name, Map.of("value", value));
      }
    });
    variables.put("reference", Map.of("value", reference));
    variables.put("submissionDate", Map.of("value", LocalDate.now().toString()));
    variables.put("responsibleOffice", Map.of("value", office));
    variables.put("formalProblems", typed("[]", "Json"));
    variables.put("formalWarnings", typed("[]", "Json"));
    return variables;
  }

  private static boolean isAmount(String name) {
    return List.of("totalCost", "ownContribution", "thirdPartyFunding",
        "municipalityContribution", "requestedAmount").contains(name);
  }

  static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  static Map<String, Object> date(Date date) {
    return typed(REST_DATE.format(date.toInstant().atOffset(ZoneOffset.UTC)), "Date");
  }

  static Map<String, Object> values(Map<String, Object> plain) {
    Map<String, Object> variables = new LinkedHashMap<>();
    plain.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  static String write(Object value) {
    try {
      return BenchmarkHttp.JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code count} numbered calls on {@code threads} threads; fails on the first error. */
  static void parallel(int threads, int count, IntConsumer call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          call.accept(i);
        }
        return null;
      }));
    }
    try {
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Deploys the bare-engine baseline ({@code benchmark/bare-funding-case.bpmn}: the decision
   * phase's wait states without listeners, delegates or forms) over the engine's REST API.
   */
  static void deployBareModel(BenchmarkHttp http) throws Exception {
    byte[] model;
    try (InputStream in = BenchmarkCases.class
        .getResourceAsStream("/benchmark/bare-funding-case.bpmn")) {
      model = in.readAllBytes();
    }
    String boundary = "benchmark" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\""
        + "\r\n\r\nbenchmark-bare\r\n--" + boundary + "\r\nContent-Disposition: form-data;"
        + " name=\"data\"; filename=\"bare-funding-case.bpmn\"\r\nContent-Type:"
        + " application/octet-stream\r\n\r\n";
    body.write(head.getBytes(StandardCharsets.UTF_8));
    body.write(model);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    http.as(ADMIN, PASSWORD)
        .postMultipart("/engine-rest/deployment/create", boundary, body.toByteArray())
        .expect(200, "deploying the bare model");
  }
}
