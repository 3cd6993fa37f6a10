package ch.ag.funding.reporting;

import ch.ag.funding.identity.CaseAccess;
import ch.ag.funding.identity.StaffGroup;
import ch.ag.funding.system.web.ApiError;
import ch.ag.funding.system.web.JsonBodyReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/cases/{reference}/project-end} with {@code {"projectEnd": "2027-12-31",
 * "reason": "…"}}: the responsible office (or the canton) records a changed project end that the
 * applicant asked for; the report deadlines move with it.
 */
@RestController
class ProjectEndController {

  private final ProjectEndChange change;
  private final CaseAccess access;
  private final JsonBodyReader bodies;

  ProjectEndController(ProjectEndChange change, CaseAccess access, JsonBodyReader bodies) {
    this.change = change;
    this.access = access;
    this.bodies = bodies;
  }

  @PutMapping(path = "/api/cases/{reference}/project-end",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> change(@PathVariable String reference, HttpServletRequest request,
      Authentication user) throws IOException {
    var refused = access.refusal(reference, user);
    if (refused.isPresent()) {
      return refused.get();
    }
    boolean decides = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(group -> group.equals(StaffGroup.CANTON_MIKA)
            || group.equals(StaffGroup.CAMUNDA_ADMIN) || group.startsWith("rif-"));
    if (!decides) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiError.of("Das Projektende"
          + " ändert die zuständige Stelle; die Programmleitung kann nur lesen."));
    }
    Map<String, Object> input = bodies.read(request, "Die Anfrage enthält kein Projektende.");
    return switch (change.change(reference, input, user.getName())) {
      case CHANGED -> ResponseEntity.noContent().build();
      case NOT_WAITING_FOR_A_REPORT -> ResponseEntity.status(HttpStatus.CONFLICT).body(
          ApiError.of("Das Projektende kann nur geändert werden, solange ein Bericht aussteht."));
    };
  }
}
