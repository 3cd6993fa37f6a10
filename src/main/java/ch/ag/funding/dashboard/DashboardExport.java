package ch.ag.funding.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The dashboard's figures as a file for the canton's KIP reporting: one table per topic with
 * German headers, amounts in francs with two decimals (plain numbers, no thousands separator, so
 * that spreadsheets read them as numbers).
 */
final class DashboardExport {

  static final String[] BUDGET_HEADERS = {"Jahr", "Stelle", "Bezeichnung", "Quelle", "Budget",
      "Reserviert", "Ausbezahlt", "Verfügbar"};

  private DashboardExport() {}

  /** The tables, each a title, a header row and rows; cells are strings or numbers. */
  static List<List<List<Object>>> tables(DashboardFigures figures) {
    List<List<List<Object>>> tables = new ArrayList<>();
    List<List<Object>> budget = new ArrayList<>();
    budget.add(List.of("Budgets " + figures.year()));
    budget.add(List.of((Object[]) BUDGET_HEADERS));
    for (DashboardFigures.BudgetRow row : figures.budgets()) {
      budget.add(List.of(figures.year(), row.office(), row.officeName(), row.source(),
          row.budget(), row.reserved(), row.paid(), row.available()));
    }
    tables.add(budget);
    List<List<Object>> stages = new ArrayList<>();
    stages.add(List.of("Fälle nach Stand"));
    stages.add(List.of("Stand", "Art", "Fälle"));
    for (DashboardFigures.StageCount stage : figures.stages()) {
      stages.add(List.of(stage.stage(), stage.running() ? "laufend"
          : "beendet " + figures.year(), stage.cases()));
    }
    tables.add(stages);
    List<List<Object>> overdue = new ArrayList<>();
    overdue.add(List.of("Überfällige Aufgaben"));
    overdue.add(List.of("Stelle", "Bezeichnung", "Überfällige Aufgaben"));
    for (DashboardFigures.OfficeCount office : figures.overdueTasks()) {
      overdue.add(List.of(office.office(), office.officeName(), office.tasks()));
    }
    tables.add(overdue);
    List<List<Object>> time = new ArrayList<>();
    time.add(List.of("Dauer vom Eingang bis zum Entscheid"));
    time.add(List.of("Jahr", "Entscheide", "Durchschnitt Tage"));
    DashboardFigures.DecisionTime decisionTime = figures.decisionTime();
    time.add(List.of(figures.year(), decisionTime.decisions(),
        decisionTime.averageDays() == null ? "" : decisionTime.averageDays()));
    tables.add(time);
    return tables;
  }

  /** CSV (UTF-8 with BOM, semicolons, as Swiss Excel opens it), the tables one below another. */
  static byte[] csv(DashboardFigures figures) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';')
            .setRecordSeparator("\r\n").get())) {
      writer.write('\uFEFF');
      boolean first = true;
      for (List<List<Object>> table : tables(figures)) {
        if (!first) {
          csv.println();
        }
        first = false;
        for (List<Object> row : table) {
          csv.printRecord(row.stream().map(DashboardExport::text).toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** XLSX, one sheet per table, numbers as numeric cells. */
  static byte[] xlsx(DashboardFigures figures) {
    String[] sheets = {"Budgets", "Fälle", "Überfällig", "Dauer"};
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle money = workbook.createCellStyle();
      money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      List<List<List<Object>>> tables = tables(figures);
      for (int t = 0; t < tables.size(); t++) {
        Sheet sheet = workbook.createSheet(sheets[t]);
        List<List<Object>> table = tables.get(t);
        for (int r = 0; r < table.size(); r++) {
          Row row = sheet.createRow(r);
          List<Object> values = table.get(r);
          for (int c = 0; c < values.size(); c++) {
            var cell = row.createCell(c);
            Object value = values.get(c);
            if (value instanceof BigDecimal amount) {
              cell.setCellValue(amount.doubleValue());
              cell.setCellStyle(money);
            } else if (value instanceof Number number) {
              cell.setCellValue(number.doubleValue());
            } else {
              cell.setCellValue(value.toString());
              if (r < 2) {
                cell.setCellStyle(bold);
              }
            }
          }
        }
        // fixed widths: autoSizeColumn needs the server's fonts
        for (int c = 0; c < table.get(1).size(); c++) {
          sheet.setColumnWidth(c, (c == 2 ? 40 : 18) * 256);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Object value) {
    return value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
  }
}
