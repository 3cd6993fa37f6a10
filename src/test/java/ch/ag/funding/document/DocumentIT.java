package ch.ag.funding.document;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.Http;
import ch.ag.funding.PostgresIntegrationTest;
import ch.ag.funding.submission.TestApplications;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Documents over real HTTP on PostgreSQL (issue 6): the applicant uploads through the status
 * link, staff who may see the case download; hostile uploads are refused with the right status,
 * a German message, and nothing stored.
 */
class DocumentIT extends PostgresIntegrationTest {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final int MIB = 1024 * 1024;
  private static final String PDF = "application/pdf";
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired
  private JdbcTemplate jdbc;
  @Autowired
  private org.camunda.bpm.engine.RuntimeService runtimeService;

  /** A submitted case: its reference and the path of its documents behind the status link. */
  private record Case(String reference, String documents) {}

  private Case submit() {
    Http.Response response = http().post("/api/applications", TestApplications.valid());
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    JsonNode json = response.json();
    String statusPath = URI.create(json.get("statusUrl").asText()).getPath();
    return new Case(json.get("reference").asText(), statusPath + "/documents");
  }

  // ---------------------------------------------------------------------------------- uploads

  @Test
  void theApplicantUploadsEachAllowedTypeAndSeesThemListed() {
    Case submitted = submit();

    Http.Response upload = upload(submitted.documents(),
        Part.file("Projektbeschreibung.pdf", PDF, SampleDocuments.pdf()),
        Part.file("Logo.png", "image/png", SampleDocuments.png()),
        Part.file("Foto Treffpunkt.jpg", "image/jpeg", SampleDocuments.jpeg()),
        Part.file("Statuten.docx", DOCX, SampleDocuments.docx()),
        Part.file("Budget 2026.xlsx", XLSX, SampleDocuments.xlsx()));

    assertThat(upload.status()).as(upload.body()).isEqualTo(201);
    assertThat(upload.header("Content-Type")).startsWith("application/json");
    JsonNode stored = upload.json();
    assertThat(stored).hasSize(5);
    assertThat(stored.findValuesAsText("fileName")).containsExactly("Projektbeschreibung.pdf",
        "Logo.png", "Foto Treffpunkt.jpg", "Statuten.docx", "Budget 2026.xlsx");
    assertThat(stored.findValuesAsText("mediaType")).containsExactly(PDF, "image/png",
        "image/jpeg", DOCX, XLSX);
    assertThat(stored.get(0).get("size").asLong()).isEqualTo(SampleDocuments.pdf().length);
    assertThat(stored.get(0).get("id").asLong()).isPositive();
    assertThat(stored.get(0).has("uploadedBy")).isFalse();

    Http.Response list = http().get(submitted.documents());
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().findValuesAsText("fileName")).containsExactly(
        "Projektbeschreibung.pdf", "Logo.png", "Foto Treffpunkt.jpg", "Statuten.docx",
        "Budget 2026.xlsx");
    assertThat(list.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(list.header("Cache-Control")).contains("no-store");
    assertThat(rows(submitted)).isEqualTo(5);
    assertThat(jdbc.queryForObject("select uploaded_by from case_document where id = ?",
        String.class, stored.get(0).get("id").asLong())).isEqualTo("Gesuchsteller");
  }

  @Test
  void staffWhoMaySeeTheCaseDownloadTheSameBytesAsAnAttachment() {
    Case submitted = submit(); // Wettingen: RIF Baden is responsible
    byte[] pdf = SampleDocuments.pdf();
    Http.Response upload = upload(submitted.documents(),
        Part.file("Budget Müller.pdf", PDF, pdf));
    assertThat(upload.status()).as(upload.body()).isEqualTo(201);
    long id = upload.json().get(0).get("id").asLong();
    String path = "/api/cases/" + submitted.reference() + "/documents/" + id;

    for (String user : List.of("canton-demo", "rif-baden-demo", "manager-demo")) {
      HttpResponse<byte[]> download = download(path, user);
      assertThat(download.statusCode()).as(user).isEqualTo(200);
      assertThat(download.body()).isEqualTo(pdf);
      assertThat(download.headers().firstValue("Content-Type")).contains(PDF);
      assertThat(download.headers().firstValue("Content-Disposition")).contains(
          "attachment; filename=\"Budget M_ller.pdf\"; filename*=UTF-8''Budget%20M%C3%BCller.pdf");
      assertThat(download.headers().allValues("X-Content-Type-Options"))
          .containsExactly("nosniff");
      assertThat(download.headers().allValues("Content-Security-Policy"))
          .containsExactly("sandbox");
      assertThat(download.headers().firstValue("Content-Length"))
          .contains(String.valueOf(pdf.length));
    }

    Http.Response list = http().as("rif-baden-demo", "demo")
        .get("/api/cases/" + submitted.reference() + "/documents");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json()).hasSize(1);
    assertThat(list.json().get(0).get("fileName").asText()).isEqualTo("Budget Müller.pdf");
    assertThat(list.json().get(0).get("uploadedBy").asText()).isEqualTo("Gesuchsteller");
    assertThat(list.json().get(0).get("downloadUrl").asText()).isEqualTo(path);
    assertThat(list.json().get(0).get("sha256").asText()).hasSize(64);

    // a RIF sees only its own cases; nobody unauthenticated
    Http.Response aarau = http().as("rif-aarau-demo", "demo").get(path);
    assertThat(aarau.status()).isEqualTo(403);
    assertThat(aarau.json().get("message").asText()).contains("nicht in Ihrer Zuständigkeit");
    assertThat(http().as("rif-aarau-demo", "demo")
        .get("/api/cases/" + submitted.reference() + "/documents").status()).isEqualTo(403);
    Http.Response anonymous = http().get(path);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().get("message").asText()).contains("melden Sie sich");
    assertThat(http().get("/api/cases/" + submitted.reference() + "/documents").status())
        .isEqualTo(401);
    assertThat(http().as("niemand", "demo").get(path).status()).isEqualTo(401);

    // unknown case, unknown document, a document of another case, a malformed id
    assertThat(http().as("canton-demo", "demo").get("/api/cases/SI-1999-9999/documents/" + id)
        .status()).isEqualTo(404);
    Http.Response missing = http().as("canton-demo", "demo")
        .get("/api/cases/" + submitted.reference() + "/documents/999999999");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("message").asText()).contains("gibt es beim Gesuch");
    Case other = submit();
    assertThat(http().as("canton-demo", "demo")
        .get("/api/cases/" + other.reference() + "/documents/" + id).status()).isEqualTo(404);
    assertThat(http().as("canton-demo", "demo")
        .get("/api/cases/" + submitted.reference() + "/documents/abc").status()).isEqualTo(400);
  }

  @Test
  void aTokenOfAnotherCaseSeesOnlyItsOwnCase() {
    Case first = submit();
    Case second = submit();
    assertThat(upload(first.documents(), Part.file("Konzept.pdf", PDF, SampleDocuments.pdf()))
        .status()).isEqualTo(201);

    Http.Response secondList = http().get(second.documents());

    assertThat(secondList.status()).isEqualTo(200);
    assertThat(secondList.json()).isEmpty();
    // an applicant has no download; the staff address needs a staff login
    long id = http().get(first.documents()).json().get(0).get("id").asLong();
    assertThat(http().get(second.documents() + "/" + id).status()).isEqualTo(404);
    assertThat(http().get("/api/cases/" + first.reference() + "/documents/" + id).status())
        .isEqualTo(401);
  }

  // ----------------------------------------------------------------------- hostile uploads

  @Test
  void aProgramRenamedToPdfIsRefused() {
    Case submitted = submit();

    assertRefused(submitted, 400, "hat kein erlaubtes Format",
        Part.file("Budget.pdf", PDF, SampleDocuments.exe()));
  }

  @Test
  void aZipThatIsNoWordOrExcelDocumentIsRefused() {
    Case submitted = submit();

    assertRefused(submitted, 400, "hat kein erlaubtes Format",
        Part.file("Statuten.docx", DOCX, SampleDocuments.plainZip()));
    assertRefused(submitted, 400, "hat kein erlaubtes Format",
        Part.file("Budget.xlsx", XLSX, SampleDocuments.zip(Map.of(
            "[Content_Types].xml", SampleDocuments.WORD_CONTENT_TYPES,
            "xl/workbook.xml", "<workbook/>"))));
  }

  @Test
  void htmlNamedAsAnImageIsRefused() {
    Case submitted = submit();

    Http.Response refused = assertRefused(submitted, 400, "hat kein erlaubtes Format",
        Part.file("Logo.png", "image/png", SampleDocuments.html()));
    assertThat(refused.json().get("message").asText())
        .contains("Erlaubt sind PDF, PNG, JPEG, Word (DOCX) und Excel (XLSX).")
        .contains("Es wurde nichts gespeichert.");
    assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
  }

  @Test
  void anEmptyFileIsRefused() {
    Case submitted = submit();

    assertRefused(submitted, 400, "Die Datei «Leer.pdf» ist leer.",
        Part.file("Leer.pdf", PDF, new byte[0]));
  }

  @Test
  void aFileOfTenMegabytesIsAcceptedAndOneByteMoreIsRefused() {
    Case submitted = submit();

    assertRefused(submitted, 413, "zu gross",
        Part.file("Gross.pdf", PDF, SampleDocuments.pdfOfSize(10 * MIB + 1)));
    Http.Response exactly = upload(submitted.documents(),
        Part.file("Genau 10 MB.pdf", PDF, SampleDocuments.pdfOfSize(10 * MIB)));
    assertThat(exactly.status()).as(exactly.body()).isEqualTo(201);
    assertThat(exactly.json().get(0).get("size").asLong()).isEqualTo(10L * MIB);
  }

  @Test
  void aRequestLargerThanACaseMayHoldIsRefusedBeforeItIsRead() throws IOException {
    Case submitted = submit();
    long before = allRows();

    // only the head of a 35 MB request is sent: the announced length alone gets the answer
    String response;
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("POST " + submitted.documents() + " HTTP/1.1\r\n"
          + "Host: localhost\r\nContent-Type: multipart/form-data; boundary=grenze\r\n"
          + "Content-Length: " + (35L * MIB) + "\r\n\r\n--grenze\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      response = readResponse(socket.getInputStream());
    }

    assertThat(response).startsWith("HTTP/1.1 413").containsIgnoringCase("Connection: close")
        .contains("application/json").contains("Die Dateien sind zu gross", "30 MB pro Gesuch");
    assertThat(allRows()).isEqualTo(before);
  }

  @Test
  void aCaseHoldsAtMostThirtyMegabytes() {
    Case submitted = submit();
    Http.Response twenty = upload(submitted.documents(),
        Part.file("Teil 1.pdf", PDF, SampleDocuments.pdfOfSize(10 * MIB)),
        Part.file("Teil 2.pdf", PDF, SampleDocuments.pdfOfSize(10 * MIB)));
    assertThat(twenty.status()).as(twenty.body()).isEqualTo(201);

    // 10 MB and a small one more would be over 30 MB: neither is stored
    Http.Response over = assertRefused(submitted, 413, "höchstens 30 MB",
        Part.file("Teil 3.pdf", PDF, SampleDocuments.pdfOfSize(10 * MIB)),
        Part.file("Logo.png", "image/png", SampleDocuments.png()));
    assertThat(over.json().get("message").asText()).contains("bisher sind es 20 MB");

    assertThat(upload(submitted.documents(),
        Part.file("Teil 3.pdf", PDF, SampleDocuments.pdfOfSize(10 * MIB))).status())
        .isEqualTo(201);
    assertRefused(submitted, 413, "höchstens 30 MB",
        Part.file("Logo.png", "image/png", SampleDocuments.png()));
    assertThat(jdbc.queryForObject("select sum(size_bytes) from case_document"
        + " where reference = ?", Long.class, submitted.reference())).isEqualTo(30L * MIB);
  }

  @Test
  void concurrentUploadsCannotTogetherExceedTheCaseLimit() throws Exception {
    Case submitted = submit();
    byte[] tenMegabytes = SampleDocuments.pdfOfSize(10 * MIB);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Http.Response>> uploads = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        String name = "Teil " + i + ".pdf";
        uploads.add(pool.submit(() -> upload(submitted.documents(),
            Part.file(name, PDF, tenMegabytes))));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Http.Response> upload : uploads) {
        statuses.add(upload.get().status());
      }

      assertThat(statuses).containsExactlyInAnyOrder(201, 201, 201, 413);
    } finally {
      pool.shutdown();
    }
    assertThat(rows(submitted)).isEqualTo(3);
  }

  @Test
  void aCaseHoldsAtMostFiftyDocuments() {
    Case submitted = submit();
    Part[] thirty = new Part[30];
    Part[] twenty = new Part[20];
    for (int i = 0; i < thirty.length; i++) {
      thirty[i] = Part.file("Beleg " + i + ".png", "image/png", SampleDocuments.png());
    }
    System.arraycopy(thirty, 0, twenty, 0, twenty.length);
    assertThat(upload(submitted.documents(), thirty).status()).isEqualTo(201);

    Http.Response over = assertRefused(submitted, 400, "höchstens 50 Dokumente", thirty);
    assertThat(over.json().get("message").asText()).contains("bisher sind es 30");

    assertThat(upload(submitted.documents(), twenty).status()).isEqualTo(201);
    assertRefused(submitted, 400, "höchstens 50 Dokumente",
        Part.file("Beleg.pdf", PDF, SampleDocuments.pdf()));
  }

  @Test
  void pathsInFileNamesAreDropped() {
    Case submitted = submit();

    Http.Response unix = upload(submitted.documents(),
        Part.file("../../etc/passwd.pdf", PDF, SampleDocuments.pdf()));
    Http.Response windows = upload(submitted.documents(),
        Part.file("..\\..\\x.pdf", PDF, SampleDocuments.pdf()));

    assertThat(unix.status()).as(unix.body()).isEqualTo(201);
    assertThat(unix.json().get(0).get("fileName").asText()).isEqualTo("passwd.pdf");
    assertThat(windows.status()).as(windows.body()).isEqualTo(201);
    assertThat(windows.json().get(0).get("fileName").asText()).isEqualTo("x.pdf");
    assertThat(jdbc.queryForList("select file_name from case_document where reference = ?",
        String.class, submitted.reference())).containsExactlyInAnyOrder("passwd.pdf", "x.pdf");
  }

  @Test
  void controlCharactersMarkupAndOverlongNamesAreCleaned() {
    Case submitted = submit();

    Http.Response encoded = upload(submitted.documents(), new Part("file",
        "form-data; name=\"file\"; filename=\"x.pdf\";"
            + " filename*=UTF-8''Bud%0D%0Aget%07%E2%80%AEfdp.exe.pdf", PDF,
        SampleDocuments.pdf()));
    Http.Response raw = upload(submitted.documents(), new Part("file",
        "form-data; name=\"file\"; filename=\"Kon\u0001zept\t2026.pdf\"", PDF,
        SampleDocuments.pdf()));
    Http.Response markup = upload(submitted.documents(),
        Part.file("<img src=x onerror=alert(1)>.pdf", PDF, SampleDocuments.pdf()));
    Http.Response script = upload(submitted.documents(),
        Part.file("<script>alert(1)</script>.pdf", PDF, SampleDocuments.pdf()));
    Http.Response overlong = upload(submitted.documents(),
        Part.file("a".repeat(300) + ".pdf", PDF, SampleDocuments.pdf()));

    assertThat(encoded.status()).as(encoded.body()).isEqualTo(201);
    assertThat(encoded.json().get(0).get("fileName").asText()).isEqualTo("Budgetfdp.exe.pdf");
    assertThat(raw.status()).as(raw.body()).isEqualTo(201);
    assertThat(raw.json().get(0).get("fileName").asText()).isEqualTo("Konzept2026.pdf");
    assertThat(markup.status()).as(markup.body()).isEqualTo(201);
    assertThat(markup.json().get(0).get("fileName").asText())
        .isEqualTo("_img src=x onerror=alert(1)_.pdf");
    // the "/" of the closing tag counts as a path separator
    assertThat(script.json().get(0).get("fileName").asText()).isEqualTo("script_.pdf");
    assertThat(overlong.status()).as(overlong.body()).isEqualTo(201);
    assertThat(overlong.json().get(0).get("fileName").asText())
        .hasSize(FileNames.MAX_LENGTH).endsWith("a.pdf");
  }

  @Test
  void aNulCharacterInTheNameMakesThePartUnreadable() {
    Case submitted = submit();

    assertRefused(submitted, 400, "konnten nicht gelesen werden", new Part("file",
        "form-data; name=\"file\"; filename*=UTF-8''Bud%00get.pdf", PDF,
        SampleDocuments.pdf()));
  }

  @Test
  void unknownAndMalformedTokensGet404() {
    long before = allRows();
    String unknown = "/status/" + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII))
        .substring(0, 43) + "/documents";
    List<String> paths = List.of(unknown, "/status/abc/documents",
        "/status/" + "A".repeat(44) + "/documents", "/status/%3Cscript%3E/documents");

    for (String path : paths) {
      Http.Response upload = upload(path, Part.file("Budget.pdf", PDF, SampleDocuments.pdf()));
      assertThat(upload.status()).as(path).isEqualTo(404);
      assertThat(upload.header("Content-Type")).startsWith("application/json");
      assertThat(upload.json().get("message").asText())
          .contains("Dieser Status-Link ist nicht gültig");
      Http.Response list = http().get(path);
      assertThat(list.status()).as(path).isEqualTo(404);
      assertThat(list.json().get("message").asText())
          .contains("Dieser Status-Link ist nicht gültig");
    }
    assertThat(allRows()).isEqualTo(before);
  }

  @Test
  void aRequestWithoutFilesIsRefused() {
    Case submitted = submit();

    // a multipart body without the "file" part
    assertRefused(submitted, 400, "mindestens eine Datei",
        new Part("note", "form-data; name=\"note\"", "text/plain",
            "Hallo".getBytes(StandardCharsets.UTF_8)));
    // "file" as a text field, not a file
    assertRefused(submitted, 400, "mindestens eine Datei",
        new Part("file", "form-data; name=\"file\"", "text/plain",
            "%PDF-1.4".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aBodyThatIsNotMultipartIsRefused() {
    Case submitted = submit();
    long before = rows(submitted);

    Http.Response json = http().post(submitted.documents(), Map.of("file", "Budget.pdf"));
    Http.Response pdf = http().postRaw(submitted.documents(), PDF,
        BodyPublishers.ofByteArray(SampleDocuments.pdf()));
    Http.Response broken = http().postRaw(submitted.documents(),
        "multipart/form-data; boundary=grenze", BodyPublishers.ofString("kein multipart"));

    assertThat(json.status()).isEqualTo(415);
    assertThat(json.json().get("message").asText()).contains("multipart/form-data");
    assertThat(pdf.status()).isEqualTo(415);
    // Tomcat reads a body without its boundary as one without parts
    assertThat(broken.status()).isEqualTo(400);
    assertThat(broken.json().get("message").asText()).contains("mindestens eine Datei");
    assertThat(rows(submitted)).isEqualTo(before);
  }

  @Test
  void oneBadFileRefusesTheWholeUpload() {
    Case submitted = submit();

    Http.Response refused = assertRefused(submitted, 400, "Einige Dateien",
        Part.file("Konzept.pdf", PDF, SampleDocuments.pdf()),
        Part.file("Programm.pdf", PDF, SampleDocuments.exe()),
        Part.file("Budget.xlsx", XLSX, SampleDocuments.xlsx()),
        Part.file("Leer.png", "image/png", new byte[0]));

    assertThat(refused.json().get("errors").findValuesAsText("message")).containsExactly(
        "Die Datei «Programm.pdf» hat kein erlaubtes Format. Erlaubt sind PDF, PNG, JPEG,"
            + " Word (DOCX) und Excel (XLSX).",
        "Die Datei «Leer.png» ist leer.");
  }

  @Test
  void aMethodOtherThanGetOrPostIsRefused() {
    Case submitted = submit();

    Http.Response delete = http().delete(submitted.documents());

    assertThat(delete.status()).isEqualTo(405);
    assertThat(delete.json().get("message").asText()).contains("nicht erlaubt");
  }

  // ---------------------------------------------------------------------------------- helpers

  private Http.Response assertRefused(Case submitted, int status, String message,
      Part... parts) {
    long before = rows(submitted);
    long total = allRows();

    Http.Response response = upload(submitted.documents(), parts);

    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/json");
    assertThat(response.json().get("message").asText()).contains(message).doesNotContain("ß");
    assertThat(rows(submitted)).isEqualTo(before);
    assertThat(allRows()).isEqualTo(total);
    return response;
  }

  private long rows(Case submitted) {
    return jdbc.queryForObject("select count(*) from case_document where reference = ?",
        Long.class, submitted.reference());
  }

  private long allRows() {
    return jdbc.queryForObject("select count(*) from case_document", Long.class);
  }

  /** One part of a multipart body, with its Content-Disposition as sent. */
  private record Part(String name, String disposition, String contentType, byte[] content) {

    static Part file(String fileName, String contentType, byte[] content) {
      return new Part("file", "form-data; name=\"file\"; filename=\""
          + fileName.replace("\"", "%22") + "\"", contentType, content);
    }
  }

  private Http.Response upload(String path, Part... parts) {
    String boundary = "----grenze" + UUID.randomUUID();
    return http().postRaw(path, "multipart/form-data; boundary=" + boundary,
        BodyPublishers.ofByteArray(multipart(boundary, parts)));
  }

  /** A response's head and its body of Content-Length bytes, without waiting for the close. */
  private static String readResponse(InputStream input) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = input.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    String headers = head.toString(StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher length = java.util.regex.Pattern
        .compile("(?im)^Content-Length: *(\\d+)").matcher(headers);
    byte[] body = length.find() ? input.readNBytes(Integer.parseInt(length.group(1)))
        : new byte[0];
    return headers + new String(body, StandardCharsets.UTF_8);
  }

  private static byte[] multipart(String boundary, Part... parts) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Part part : parts) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + part.disposition()
          + "\r\nContent-Type: " + part.contentType() + "\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return body.toByteArray();
  }

  private HttpResponse<byte[]> download(String path, String user) {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .GET().build(), BodyHandlers.ofByteArray());
  }

  private static <T> HttpResponse<T> send(HttpRequest request,
      HttpResponse.BodyHandler<T> handler) {
    try {
      return CLIENT.send(request, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------- staff forms and Tasklist login

  /** A browser-like client logged in to Tasklist (session and XSRF cookies). */
  private HttpClient tasklistSession(String user) throws Exception {
    HttpClient browser = HttpClient.newBuilder()
        .cookieHandler(new java.net.CookieManager()).build();
    String base = "http://localhost:" + port;
    browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/"))
        .GET().build(), HttpResponse.BodyHandlers.discarding());
    String xsrf = ((java.net.CookieManager) browser.cookieHandler().orElseThrow())
        .getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow()
        .getValue();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base
            + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrf)
        .POST(BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return browser;
  }

  @Test
  void caseworkersFindTheDocumentsInTheirTaskFormAndDownloadThemWithTheirTasklistLogin()
      throws Exception {
    Case submitted = submit();
    assertThat(upload(submitted.documents(), Part.file("Budget.pdf", "application/pdf",
        SampleDocuments.pdf())).status()).isEqualTo(201);
    String processInstanceId = jdbc.queryForObject("select distinct process_instance_id from"
        + " status_link where reference = ?", String.class, submitted.reference());
    var listed = (org.camunda.spin.json.SpinJsonNode) runtimeService.getVariable(
        processInstanceId, "documents");
    assertThat(listed.elements()).hasSize(1);
    String url = listed.elements().get(0).prop("url").stringValue();
    assertThat(url).startsWith("/api/cases/" + submitted.reference() + "/documents/");
    String base = "http://localhost:" + port;

    HttpClient baden = tasklistSession("rif-baden-demo");
    HttpResponse<byte[]> downloaded = baden.send(HttpRequest.newBuilder(URI.create(base + url))
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<String> change = baden.send(HttpRequest.newBuilder(URI.create(base
            + "/api/admin/budgets/rif-baden/2030/KIP"))
        .header("Content-Type", "application/json")
        .PUT(BodyPublishers.ofString("{\"amount\": 1}")).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> foreign = tasklistSession("rif-aarau-demo").send(
        HttpRequest.newBuilder(URI.create(base + url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(downloaded.statusCode()).isEqualTo(200);
    assertThat(downloaded.body()).isEqualTo(SampleDocuments.pdf());
    assertThat(change.statusCode()).as("a session may only read").isEqualTo(401);
    assertThat(foreign.statusCode()).isEqualTo(403);
  }
}
