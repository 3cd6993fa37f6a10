package ch.ag.funding.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void keepsOrdinaryNames() {
    assertThat(FileNames.displayName("Budget 2026.pdf", DocumentType.PDF))
        .isEqualTo("Budget 2026.pdf");
    assertThat(FileNames.displayName("Statuten Verein Sprachbrücke.DOCX", DocumentType.DOCX))
        .isEqualTo("Statuten Verein Sprachbrücke.docx");
    assertThat(FileNames.displayName("Foto.jpeg", DocumentType.JPEG)).isEqualTo("Foto.jpeg");
  }

  @Test
  void dropsAnyPath() {
    assertThat(FileNames.displayName("../../etc/passwd.pdf", DocumentType.PDF))
        .isEqualTo("passwd.pdf");
    assertThat(FileNames.displayName("..\\..\\x.pdf", DocumentType.PDF)).isEqualTo("x.pdf");
    assertThat(FileNames.displayName("C:\\Users\\anna\\Budget.xlsx", DocumentType.XLSX))
        .isEqualTo("Budget.xlsx");
    assertThat(FileNames.displayName("/", DocumentType.PDF)).isEqualTo("Dokument.pdf");
    assertThat(FileNames.displayName("..", DocumentType.PDF)).isEqualTo("Dokument.pdf");
  }

  @Test
  void dropsControlAndInvisibleCharacters() {
    assertThat(FileNames.displayName("bud\u0000get\r\n\u0007.pdf", DocumentType.PDF))
        .isEqualTo("budget.pdf");
    // a right-to-left override would show "Budgetfdp.exe" as "Budgetexe.pdf"
    assertThat(FileNames.displayName("Budget\u202Efdp.exe", DocumentType.PDF))
        .isEqualTo("Budgetfdp.exe.pdf");
    assertThat(FileNames.displayName("a<b>c:d\"e|f?g*.pdf", DocumentType.PDF))
        .isEqualTo("a_b_c_d_e_f_g_.pdf");
    assertThat(FileNames.displayName("  .hidden.pdf  ", DocumentType.PDF))
        .isEqualTo("hidden.pdf");
  }

  @Test
  void theExtensionFollowsTheContent() {
    assertThat(FileNames.displayName("budget.exe", DocumentType.PDF))
        .isEqualTo("budget.exe.pdf");
    assertThat(FileNames.displayName("bild.png", DocumentType.JPEG)).isEqualTo("bild.png.jpg");
    assertThat(FileNames.displayName("ohne Endung", DocumentType.XLSX))
        .isEqualTo("ohne Endung.xlsx");
    assertThat(FileNames.displayName(null, DocumentType.PNG)).isEqualTo("Dokument.png");
    assertThat(FileNames.displayName("", DocumentType.PNG)).isEqualTo("Dokument.png");
  }

  @Test
  void longNamesAreShortenedKeepingTheExtension() {
    String name = FileNames.displayName("a".repeat(300) + ".pdf", DocumentType.PDF);

    assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("aaa.pdf");
    assertThat(FileNames.clean("b".repeat(300))).hasSize(FileNames.MAX_LENGTH);
  }

  @Test
  void contentDispositionCarriesTheNameEncoded() {
    assertThat(CaseDocumentController.attachment("Budget Müller; 100% \"final\".pdf"))
        .isEqualTo("attachment; filename=\"Budget M_ller; 100_ _final_.pdf\";"
            + " filename*=UTF-8''Budget%20M%C3%BCller%3B%20100%25%20%22final%22.pdf");
  }
}
