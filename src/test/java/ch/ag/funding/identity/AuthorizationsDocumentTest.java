package ch.ag.funding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.ag.funding.identity.ExpectedAuthorizations.Action;
import ch.ag.funding.identity.ExpectedAuthorizations.Resource;
import ch.ag.funding.identity.ExpectedAuthorizations.Subject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/authorizations.md} is the table of {@link ExpectedAuthorizations}, which
 * {@code AuthorizationMatrixIT} checks against the running application: this test renders it to
 * {@code target/authorizations.md} and fails while the committed document differs.
 */
class AuthorizationsDocumentTest {

  static final Path DOCUMENT = Path.of("docs", "authorizations.md");
  static final Path GENERATED = Path.of("target", "authorizations.md");

  @Test
  void theDocumentIsTheTableTheTestChecks() throws IOException {
    String rendered = render();
    Files.createDirectories(GENERATED.getParent());
    Files.writeString(GENERATED, rendered, StandardCharsets.UTF_8);

    assertThat(Files.exists(DOCUMENT)).as(DOCUMENT + " exists").isTrue();
    assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
        .as("docs/authorizations.md differs from the expectations in ExpectedAuthorizations:"
            + " copy target/authorizations.md to docs/authorizations.md")
        .isEqualTo(rendered);
  }

  static String render() {
    int subjects = Subject.values().length;
    int actions = Action.values().length;
    int cells = ExpectedAuthorizations.testedCells().size();
    long allowed = ExpectedAuthorizations.testedCells().stream()
        .filter(ExpectedAuthorizations.Cell::allowed).count();
    StringBuilder out = new StringBuilder();
    out.append("""
        # Authorization matrix

        Who may do what, per group of domain.md §2 (columns, each played by its demo user) and
        action (rows). Generated from the test-side expectations
        `src/test/java/ch/ag/funding/identity/ExpectedAuthorizations.java`; do not edit by hand.
        To regenerate after changing them: `mvn -B -q test -Dtest=AuthorizationsDocumentTest`
        writes `target/authorizations.md`; copy it here
        (`cp target/authorizations.md docs/authorizations.md`). That test fails while this file
        and the expectations differ.

        """);
    out.append("**Checked:** `AuthorizationMatrixIT` (PostgreSQL, the whole application) drives ")
        .append("every cell through the engine's REST API (`/engine-rest`) and the project's ")
        .append("own endpoints (`/api`, `/dashboard`) as the demo user of the column, or without ")
        .append("a login, ")
        .append("and compares the outcome with this table: **").append(cells)
        .append(" cells** (").append(actions).append(" actions × ").append(subjects)
        .append(" columns; ").append(allowed).append(" allowed, ").append(cells - allowed)
        .append(" denied). All ").append(cells)
        .append(" match; the test fails on any cell that does not.\n\n");
    out.append("""
        Where the rules live: the Camunda authorizations per role in
        `src/main/java/ch/ag/funding/identity/AuthorizationMatrix.java`; task access comes from
        the candidate groups (Camunda grants a candidate group READ and UPDATE on the task and,
        with historic instance permissions, READ on the historic task); who may see a case
        through `/api/cases/...` in `identity/CaseAccess.java`; `/api/**` (staff) and
        `/api/admin/**` (`camunda-admin`) in `system/SecurityConfiguration.java`; the dashboard
        (`funding-managers`, `camunda-admin`) in `system/SecurityConfiguration.java` as well.

        Columns: RIF = `rif-baden-demo`, Canton = `canton-demo`, Managers = `manager-demo`,
        Operators = `admin`, Anonymous = no credentials. A *Baden case* is a case of RIF Baden
        (Wettingen), the RIF column's own region, waiting for its pre-decision; an *Aarau case*
        one of RIF Aarau (Suhr), another region; a *canton task* is the formal check's
        `completeApplication`, offered to `canton-mika`. Changing actions run on a new case per
        cell. 401 is always "denied"; 404 counts as denied only on `/engine-rest`, where the
        engine hides what a user may not read.

        ✔ allowed · ✘ denied

        """);
    for (Resource resource : Resource.values()) {
      out.append("## ").append(resource.title).append("\n\n");
      out.append("| Action | ")
          .append(Arrays.stream(Subject.values()).map(s -> s.title)
              .collect(Collectors.joining(" | ")))
          .append(" | Request | Allowed when | Note |\n");
      out.append("|---|").append("---|".repeat(subjects)).append("---|---|---|\n");
      for (Action action : Action.values()) {
        if (action.resource != resource) {
          continue;
        }
        out.append("| ").append(action.label).append(" | ");
        for (Subject subject : Subject.values()) {
          out.append(action.allows(subject) ? "✔" : "✘").append(" | ");
        }
        out.append(action.request).append(" | ").append(action.allowedWhen).append(" | ")
            .append(action.note == null ? "" : action.note).append(" |\n");
      }
      out.append("\n");
    }
    return out.toString();
  }
}
