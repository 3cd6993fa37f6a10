package ch.ag.funding.document;

import static org.camunda.spin.Spin.JSON;

import ch.ag.funding.system.web.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents of a case (issue 6), kept in the table {@code case_document}, never in process
 * variables or on the file system. An upload of one or more files is stored as a whole or not at
 * all: each file must be one of the allowed types, recognised by its content, not empty and not
 * larger than {@code funding.documents.max-file-size}; all documents of a case together stay
 * within {@code funding.documents.max-case-size} and {@code funding.documents.max-case-files}.
 */
@Service
public class DocumentService {

  /** Who uploaded a document that came through the status link. */
  public static final String APPLICANT = "Gesuchsteller";

  /** Who stored a letter: the office, through the process. */
  public static final String LETTER_AUTHOR = "Sektion Integration und Beratung";

  private static final String COLUMNS = "id, reference, file_name, media_type, size_bytes,"
      + " sha256, uploaded_at, uploaded_by";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final DocumentProperties properties;
  private final RuntimeService runtimeService;

  DocumentService(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
      DocumentProperties properties, RuntimeService runtimeService) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
    this.properties = properties;
    this.runtimeService = runtimeService;
  }

  /** The process variable that lists a running case's documents for the task forms. */
  public static final String DOCUMENTS_VARIABLE = "documents";

  /** A file as it arrived: the name the client sent, the size it announced, the content. */
  public record Upload(String submittedName, long size, InputStreamSource content) {}

  /** A stored document with its content. */
  public record StoredDocument(Document document, byte[] content) {}

  /**
   * Stores the files for the case, all or none. The files are read and recognised before the
   * transaction; it only checks the case's limits and inserts.
   *
   * @throws DocumentRefusedException 400 for no file, an empty file, one of a type not allowed
   *     or too many documents for the case, 413 for a file or a case that would be too large;
   *     nothing is stored then
   */
  public List<Document> store(String reference, String processInstanceId, List<Upload> uploads,
      String uploadedBy) {
    if (uploads.isEmpty()) {
      throw new DocumentRefusedException(HttpStatus.BAD_REQUEST,
          "Bitte wählen Sie mindestens eine Datei aus.",
          List.of(new FieldError("file", "Keine Datei erhalten.")));
    }
    List<Accepted> accepted = new ArrayList<>();
    List<FieldError> problems = new ArrayList<>();
    for (Upload upload : uploads) {
      String name = FileNames.clean(upload.submittedName());
      byte[] content = readLimited(upload);
      if (content == null) {
        String limit = megabytes(properties.maxFileSize().toBytes());
        throw new DocumentRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "Die Datei «" + name
            + "» ist zu gross: erlaubt sind höchstens " + limit + " pro Datei."
            + " Es wurde nichts gespeichert.",
            List.of(new FieldError("file", "Höchstens " + limit + " pro Datei.")));
      }
      if (content.length == 0) {
        problems.add(new FieldError("file", "Die Datei «" + name + "» ist leer."));
        continue;
      }
      Optional<DocumentType> type = ContentDetector.detect(content)
          .filter(properties.allowedTypes()::contains);
      if (type.isEmpty()) {
        problems.add(new FieldError("file", "Die Datei «" + name + "» hat kein erlaubtes Format."
            + " Erlaubt sind " + allowedTypes() + "."));
        continue;
      }
      accepted.add(new Accepted(FileNames.displayName(upload.submittedName(), type.get()),
          type.get(), content));
    }
    if (!problems.isEmpty()) {
      String message = problems.size() == 1 ? problems.get(0).message()
          : "Einige Dateien können nicht angenommen werden.";
      throw new DocumentRefusedException(HttpStatus.BAD_REQUEST,
          message + " Es wurde nichts gespeichert.", problems);
    }

    return transaction.execute(status -> insertWithinLimits(reference, processInstanceId,
        accepted, uploadedBy));
  }

  private List<Document> insertWithinLimits(String reference, String processInstanceId,
      List<Accepted> accepted, String uploadedBy) {
    lockCase(reference);
    long files = jdbc.queryForObject("select count(*) from case_document where reference = ? and kind = 'UPLOAD'",
        Long.class, reference);
    if (files + accepted.size() > properties.maxCaseFiles()) {
      throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "Zu einem Gesuch können"
          + " höchstens " + properties.maxCaseFiles() + " Dokumente hochgeladen werden; bisher"
          + " sind es " + files + ". Es wurde nichts gespeichert.",
          List.of(new FieldError("file", "Höchstens " + properties.maxCaseFiles()
              + " Dokumente pro Gesuch.")));
    }
    long stored = jdbc.queryForObject(
        "select coalesce(sum(size_bytes), 0) from case_document where reference = ?"
            + " and kind = 'UPLOAD'",
        Long.class, reference);
    long added = accepted.stream().mapToLong(file -> file.content().length).sum();
    long limit = properties.maxCaseSize().toBytes();
    if (stored + added > limit) {
      throw new DocumentRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "Zu einem Gesuch können"
          + " Dokumente von zusammen höchstens " + megabytes(limit) + " hochgeladen werden;"
          + " bisher sind es " + megabytes(stored) + ", mit diesen Dateien wären es "
          + megabytes(stored + added) + ". Es wurde nichts gespeichert.",
          List.of(new FieldError("file", "Höchstens " + megabytes(limit) + " pro Gesuch.")));
    }

    Instant now = clock.instant();
    List<Document> documents = new ArrayList<>();
    for (Accepted file : accepted) {
      documents.add(insert(reference, processInstanceId, file, uploadedBy, now, "UPLOAD"));
    }
    listInCase(reference, processInstanceId);
    return documents;
  }

  /**
   * Stores a letter the office produced for the case (a PDF), in the caller's transaction, and
   * lists it with the case's documents. Letters do not count against the applicant's limits.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Document storeLetter(String reference, String processInstanceId, String fileName,
      byte[] pdf) {
    Document letter = insert(reference, processInstanceId,
        new Accepted(fileName, DocumentType.PDF, pdf), LETTER_AUTHOR, clock.instant(), "LETTER");
    listInCase(reference, processInstanceId);
    return letter;
  }

  /**
   * Lists the case's documents in the process variable {@value #DOCUMENTS_VARIABLE} (name and
   * staff download path of each), which the caseworkers' task forms show as links.
   */
  private void listInCase(String reference, String processInstanceId) {
    if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .count() == 0) {
      return;
    }
    StringBuilder json = new StringBuilder("[");
    for (Document document : list(reference)) {
      json.append(json.length() > 1 ? "," : "").append(JSON(Map.of(
          "id", document.id(),
          "fileName", document.fileName(),
          "url", "/api/cases/" + reference + "/documents/" + document.id())).toString());
    }
    runtimeService.setVariable(processInstanceId, DOCUMENTS_VARIABLE,
        SpinValues.jsonValue(json.append("]").toString()).create());
  }

  /** The documents of a case, oldest first, without their content. */
  @Transactional(readOnly = true)
  public List<Document> list(String reference) {
    return jdbc.query("select " + COLUMNS + " from case_document where reference = ?"
        + " order by uploaded_at, id", DocumentService::document, reference);
  }

  /** One document of a case with its content; empty if it belongs to another case. */
  @Transactional(readOnly = true)
  public Optional<StoredDocument> find(String reference, long id) {
    return jdbc.query("select " + COLUMNS + ", content from case_document"
            + " where id = ? and reference = ?",
        (row, n) -> new StoredDocument(document(row, n), row.getBytes("content")), id, reference)
        .stream().findFirst();
  }

  private record Accepted(String fileName, DocumentType type, byte[] content) {}

  /** The content, or null if it is larger than a file may be (whatever size was announced). */
  private byte[] readLimited(Upload upload) {
    long max = properties.maxFileSize().toBytes();
    if (upload.size() > max) {
      return null;
    }
    try (InputStream input = upload.content().getInputStream()) {
      byte[] content = input.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
      return content.length > max ? null : content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Uploads to one case take their turn, so that two at once cannot together exceed the case's
   * limit: the case's status link rows are locked until the transaction ends.
   */
  private void lockCase(String reference) {
    jdbc.query("select id from status_link where reference = ? for update",
        row -> { }, reference);
  }

  private Document insert(String reference, String processInstanceId, Accepted file,
      String uploadedBy, Instant now, String kind) {
    String sha256 = sha256(file.content());
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("insert into case_document"
          + " (reference, process_instance_id, file_name, media_type, size_bytes, content,"
          + " sha256, uploaded_at, uploaded_by, kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      insert.setString(1, reference);
      insert.setString(2, processInstanceId);
      insert.setString(3, file.fileName());
      insert.setString(4, file.type().mediaType());
      insert.setLong(5, file.content().length);
      insert.setBytes(6, file.content());
      insert.setString(7, sha256);
      insert.setTimestamp(8, Timestamp.from(now));
      insert.setString(9, uploadedBy);
      insert.setString(10, kind);
      return insert;
    }, key);
    long id = key.getKey().longValue();
    return new Document(id, reference, file.fileName(), file.type().mediaType(),
        file.content().length, sha256, now, uploadedBy);
  }

  private static Document document(ResultSet row, int n) throws SQLException {
    return new Document(row.getLong("id"), row.getString("reference"),
        row.getString("file_name"), row.getString("media_type"), row.getLong("size_bytes"),
        row.getString("sha256"), row.getTimestamp("uploaded_at").toInstant(),
        row.getString("uploaded_by"));
  }

  private String allowedTypes() {
    List<String> labels = properties.allowedTypes().stream().map(DocumentType::label).toList();
    if (labels.size() <= 1) {
      return String.join("", labels);
    }
    return labels.subList(0, labels.size() - 1).stream().collect(Collectors.joining(", "))
        + " und " + labels.get(labels.size() - 1);
  }

  /** A size in megabytes (of 1024 × 1024 bytes) as Swiss readers write it: "10 MB", "2.5 MB". */
  static String megabytes(long bytes) {
    double megabytes = bytes / (1024.0 * 1024.0);
    if (megabytes == Math.rint(megabytes)) {
      return String.format(Locale.ROOT, "%d MB", (long) megabytes);
    }
    if (megabytes < 0.1) {
      return "weniger als 0.1 MB";
    }
    // rounded up: a case just over its limit does not read as "30.0 MB"
    return String.format(Locale.ROOT, "%.1f MB", Math.ceil(megabytes * 10) / 10);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
