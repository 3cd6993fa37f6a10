package ch.ag.funding.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The exports: the same figures in CSV and XLSX, German headers, amounts as plain numbers. */
class DashboardExportTest {

  private static final DashboardFigures FIGURES = new DashboardFigures(2027,
      List.of(new DashboardFigures.BudgetRow("rif-baden", "Fachstelle Integration Region Baden",
          "KIP", new BigDecimal("40000.00"), new BigDecimal("2000.00"),
          new BigDecimal("8000.00"), new BigDecimal("30000.00"))),
      List.of(new DashboardFigures.StageCount("Vorentscheid RIF", true, 3),
          new DashboardFigures.StageCount("abgelehnt", false, 1)),
      List.of(new DashboardFigures.OfficeCount("rif-baden", "Fachstelle Integration Region Baden",
          2)),
      new DashboardFigures.DecisionTime(4, new BigDecimal("12.5")));

  @Test
  void csvHasGermanHeadersAndPlainAmountsForExcel() {
    String csv = new String(DashboardExport.csv(FIGURES), StandardCharsets.UTF_8);

    assertThat(csv).startsWith("\uFEFFBudgets 2027\r\n")
        .contains("Jahr;Stelle;Bezeichnung;Quelle;Budget;Reserviert;Ausbezahlt;Verfügbar\r\n")
        .contains("2027;rif-baden;Fachstelle Integration Region Baden;KIP;40000.00;2000.00;"
            + "8000.00;30000.00\r\n")
        .contains("Vorentscheid RIF;laufend;3\r\n").contains("abgelehnt;beendet 2027;1\r\n")
        .contains("rif-baden;Fachstelle Integration Region Baden;2\r\n")
        .contains("Jahr;Entscheide;Durchschnitt Tage\r\n2027;4;12.5\r\n");
  }

  @Test
  void xlsxHasOneSheetPerTableWithNumbersAsNumbers() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(
        new ByteArrayInputStream(DashboardExport.xlsx(FIGURES)))) {
      Sheet budgets = workbook.getSheet("Budgets");
      assertThat(budgets.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Verfügbar");
      assertThat(budgets.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(2000.0);
      assertThat(budgets.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(30000.0);
      assertThat(workbook.getSheet("Fälle").getRow(2).getCell(2).getNumericCellValue())
          .isEqualTo(3.0);
      assertThat(workbook.getSheet("Überfällig").getRow(2).getCell(2).getNumericCellValue())
          .isEqualTo(2.0);
      assertThat(workbook.getSheet("Dauer").getRow(2).getCell(2).getNumericCellValue())
          .isEqualTo(12.5);
    }
  }
}
