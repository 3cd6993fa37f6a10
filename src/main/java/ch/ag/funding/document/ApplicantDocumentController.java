package ch.ag.funding.document;

import ch.ag.funding.portal.StatusLinkService;
import ch.ag.funding.portal.StatusLinkService.LinkedCase;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The applicant's documents behind the secret status link (issue 6): upload one or more files
 * ({@code multipart/form-data}, field {@code file}) and list what the case has. The token is the
 * only credential: an unknown, malformed or revoked one gets 404. Applicants do not download
 * documents here. Refusals are German JSON ({@link ApplicantDocumentErrors}).
 */
@RestController
class ApplicantDocumentController {

  static final String PATH = "/status/{token}/documents";

  private final StatusLinkService links;
  private final DocumentService documents;

  ApplicantDocumentController(StatusLinkService links, DocumentService documents) {
    this.links = links;
    this.documents = documents;
  }

  /** A document as the applicant sees it: no checksum, no staff user ids. */
  record ApplicantDocument(long id, String fileName, String mediaType, long size,
      Instant uploadedAt) {

    static ApplicantDocument of(Document document) {
      return new ApplicantDocument(document.id(), document.fileName(), document.mediaType(),
          document.size(), document.uploadedAt());
    }
  }

  @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<List<ApplicantDocument>> upload(@PathVariable String token,
      @RequestParam(name = "file", required = false) List<MultipartFile> files) {
    LinkedCase linked = linkedCase(token);
    List<DocumentService.Upload> uploads = files == null ? List.of() : files.stream()
        .map(file -> new DocumentService.Upload(file.getOriginalFilename(), file.getSize(), file))
        .toList();
    List<Document> stored = documents.store(linked.reference(), linked.processInstanceId(),
        uploads, DocumentService.APPLICANT);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(stored.stream().map(ApplicantDocument::of).toList());
  }

  @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  List<ApplicantDocument> list(@PathVariable String token) {
    return documents.list(linkedCase(token).reference()).stream()
        .map(ApplicantDocument::of).toList();
  }

  private LinkedCase linkedCase(String token) {
    return links.find(token).orElseThrow(() -> new DocumentRefusedException(
        HttpStatus.NOT_FOUND, "Dieser Status-Link ist nicht gültig. Bitte prüfen Sie die"
            + " Adresse; einen verlorenen Status-Link erhalten Sie neu bei der Sektion Integration"
            + " und Beratung."));
  }
}
