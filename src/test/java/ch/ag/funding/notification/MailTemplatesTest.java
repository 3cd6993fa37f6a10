package ch.ag.funding.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every mail template renders with realistic data and leaves no expression unresolved. */
class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();

  @Test
  void everyTemplateRendersInGermanWithItsValues() {
    for (MailOutbox.Purpose purpose : MailOutbox.Purpose.values()) {
      MailTemplates.Rendered mail = templates.render(purpose.template(), Map.of(
          "reference", "SI-2026-0042",
          "link", "https://foerderung.ag.ch/status/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
          "projectTitle", "Café «Zäme» <b>Würenlos</b>"));

      assertThat(mail.subject()).as(purpose.name()).contains("SI-2026-0042")
          .doesNotContain("[(", "${", "\n");
      assertThat(mail.body()).as(purpose.name())
          .doesNotContain("[(", "${", "ß")
          .contains("Guten Tag", "Freundliche Grüsse");
    }
  }
}
