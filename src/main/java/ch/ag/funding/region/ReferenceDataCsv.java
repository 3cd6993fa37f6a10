package ch.ag.funding.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The reference data files in {@code src/main/resources/reference/} (see its README). */
final class ReferenceDataCsv {

  static final String MUNICIPALITIES = "reference/municipalities.csv";
  static final String REGIONS = "reference/regions.csv";
  static final String PERIMETERS = "reference/perimeters.csv";

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader().setSkipHeaderRecord(true).setTrim(true).get();

  private ReferenceDataCsv() {}

  static List<Municipality> municipalities() {
    return read(MUNICIPALITIES).stream()
        .map(row -> new Municipality(Integer.parseInt(row.get("bfs_number")), row.get("name"),
            row.get("district"), date(row.get("valid_from")), date(row.get("valid_to"))))
        .toList();
  }

  static List<Region> regions() {
    return read(REGIONS).stream()
        .map(row -> new Region(row.get("id"), row.get("name"), row.get("contact_email")))
        .toList();
  }

  static List<Membership> perimeters() {
    return read(PERIMETERS).stream()
        .map(row -> new Membership(row.get("region_id"), Integer.parseInt(row.get("bfs_number")),
            date(row.get("valid_from")), date(row.get("valid_to"))))
        .toList();
  }

  private static List<CSVRecord> read(String resource) {
    InputStream in = ReferenceDataCsv.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Reference data file missing from the classpath: " + resource);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return FORMAT.parse(reader).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LocalDate date(String value) {
    return value == null || value.isEmpty() ? null : LocalDate.parse(value);
  }
}
