package ch.ag.funding.region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded perimeters file (the columns of {@code reference/perimeters.csv}) and checks
 * all of it against the municipalities and regions of the canton: every problem is collected,
 * with the line it is on (the header is line 1), so that the file is either taken as a whole or
 * refused as a whole.
 */
final class PerimeterImport {

  /** Larger uploads are refused unread: the real file has about 60 lines. */
  static final int MAX_BYTES = 1024 * 1024;

  static final List<String> COLUMNS =
      List.of("region_id", "bfs_number", "municipality", "valid_from", "valid_to");

  private static final String HEADER = String.join(",", COLUMNS);
  private static final char BOM = '\ufeff';
  private static final String DATE_FORMAT = "; erwartet wird JJJJ-MM-TT, z. B. 2027-01-01.";

  /** Empty lines are kept so that each record's position gives its line in the file. */
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setTrim(true).setIgnoreEmptyLines(false).get();

  /** A problem on a line of the file, or with the whole file ({@link #FILE}). */
  record Problem(int line, String message) {
    static final int FILE = 0;
  }

  /** The memberships of a file without problems, or its problems (sorted by line). */
  record Result(List<Membership> memberships, List<Problem> problems) {
    boolean accepted() {
      return problems.isEmpty();
    }
  }

  /** A data line whose municipality and dates could be read: checked against the others. */
  private record Row(int line, Municipality municipality, Membership membership) {}

  private final Map<Integer, Municipality> municipalities;
  private final Map<String, Region> regions;

  PerimeterImport(Collection<Municipality> municipalities, Collection<Region> regions) {
    this.municipalities = municipalities.stream()
        .collect(Collectors.toMap(Municipality::bfsNumber, Function.identity()));
    this.regions = regions.stream().sorted(Comparator.comparing(Region::id))
        .collect(Collectors.toMap(Region::id, Function.identity(), (a, b) -> a,
            LinkedHashMap::new));
  }

  /** The file as uploaded: at most {@link #MAX_BYTES}, UTF-8 (with or without BOM). */
  Result read(byte[] file) {
    if (file.length > MAX_BYTES) {
      return refused(Problem.FILE, "Die Datei ist grösser als " + MAX_BYTES / 1024 / 1024
          + " MiB; erwartet wird die Perimeter-Datei mit einigen Dutzend Zeilen.");
    }
    try {
      return read(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(file)).toString());
    } catch (CharacterCodingException e) {
      return refused(Problem.FILE, "Die Datei ist nicht UTF-8-codiert. Bitte speichern Sie sie"
          + " als «CSV UTF-8» (in Excel: «CSV UTF-8 (durch Trennzeichen getrennt)»).");
    }
  }

  Result read(String text) {
    String content = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    if (content.isBlank()) {
      return empty();
    }
    Lines lines = new Lines(content);
    List<Problem> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    try (CSVParser parser = CSVParser.parse(content, FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        long linesBefore = parser.getCurrentLineNumber();
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          problems.add(new Problem((int) linesBefore + 1, "Die Zeile ist nicht lesbar: ein"
              + " Anführungszeichen (\") wird nicht geschlossen. Ab hier wurde die Datei nicht"
              + " geprüft."));
          break;
        }
        List<String> values = record.toList();
        if (values.stream().allMatch(String::isBlank)) {
          continue;
        }
        int line = lines.of(record.getCharacterPosition());
        if (header) {
          header = false;
          String problem = headerProblem(values);
          if (problem != null) {
            // without the right columns the values cannot be read: nothing more to check
            return new Result(List.of(), List.of(new Problem(line, problem)));
          }
        } else {
          row(line, values, problems).ifPresent(rows::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (header && problems.isEmpty()) {
      return empty();
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(Problem.FILE, "Die Datei enthält nur die Kopfzeile und keine"
          + " Zugehörigkeiten. Sie ersetzt alle Perimeter; ohne Zeilen wären alle Gemeinden"
          + " ausserhalb jedes RIF-Perimeters."));
    }
    overlaps(rows, problems);
    problems.sort(Comparator.comparingInt(Problem::line));
    return problems.isEmpty()
        ? new Result(rows.stream().map(Row::membership).toList(), List.of())
        : new Result(List.of(), List.copyOf(problems));
  }

  private static Result empty() {
    return refused(Problem.FILE, "Die Datei ist leer; erwartet wird die Kopfzeile «" + HEADER
        + "» und eine Zeile je Zugehörigkeit einer Gemeinde zu einer Region.");
  }

  private static Result refused(int line, String message) {
    return new Result(List.of(), List.of(new Problem(line, message)));
  }

  private static String headerProblem(List<String> names) {
    if (names.equals(COLUMNS)) {
      return null;
    }
    String found = String.join(",", names);
    if (names.stream().noneMatch(COLUMNS::contains) && !found.contains(";")) {
      return "Die Kopfzeile fehlt: die erste Zeile muss «" + HEADER + "» lauten; sie lautet «"
          + found + "».";
    }
    StringBuilder problem = new StringBuilder("Die Kopfzeile lautet «").append(found)
        .append("»; erwartet wird «").append(HEADER).append("».");
    if (names.size() == 1 && found.contains(";")) {
      problem.append(" Die Spalten werden durch Kommas getrennt, nicht durch Semikolons.");
      return problem.toString();
    }
    List<String> missing = COLUMNS.stream().filter(name -> !names.contains(name)).toList();
    List<String> unknown = names.stream().filter(name -> !COLUMNS.contains(name)).toList();
    if (!missing.isEmpty()) {
      problem.append(" Es fehlt: ").append(String.join(", ", missing)).append('.');
    }
    if (!unknown.isEmpty()) {
      problem.append(" Unbekannt: ")
          .append(unknown.stream().map(name -> "«" + name + "»").collect(Collectors.joining(", ")))
          .append('.');
    }
    if (missing.isEmpty() && unknown.isEmpty()) {
      problem.append(" Die Spalten stehen in einer anderen Reihenfolge oder doppelt.");
    }
    return problem.toString();
  }

  /** Checks one data line; answers it for the overlap check if municipality and dates are read. */
  private Optional<Row> row(int line, List<String> values, List<Problem> problems) {
    if (values.size() != COLUMNS.size()) {
      problems.add(new Problem(line, "Die Zeile hat " + values.size() + " Werte; erwartet werden "
          + COLUMNS.size() + " (" + HEADER + ")."));
      return Optional.empty();
    }
    String regionId = values.get(0);
    checkRegion(line, regionId, problems);
    Municipality municipality = municipality(line, values.get(1), problems);
    if (municipality != null) {
      checkName(line, municipality, values.get(2), problems);
    }
    int beforeDates = problems.size();
    LocalDate from = date(line, "valid_from", values.get(3), problems);
    LocalDate to = date(line, "valid_to", values.get(4), problems);
    if (values.get(3).isEmpty()) {
      problems.add(new Problem(line, "Das Anfangsdatum (valid_from) fehlt" + DATE_FORMAT));
    }
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(new Problem(line, "Das Enddatum " + to + " (valid_to) liegt vor dem"
          + " Anfangsdatum " + from + " (valid_from)."));
    }
    if (municipality == null || problems.size() > beforeDates) {
      return Optional.empty();
    }
    Membership membership = new Membership(regionId, municipality.bfsNumber(), from, to);
    checkLifetime(line, municipality, membership, problems);
    return Optional.of(new Row(line, municipality, membership));
  }

  private void checkRegion(int line, String regionId, List<Problem> problems) {
    if (regionId.isEmpty()) {
      problems.add(new Problem(line, "Die Region (region_id) fehlt; bekannt sind "
          + String.join(", ", regions.keySet()) + "."));
    } else if (!regions.containsKey(regionId)) {
      problems.add(new Problem(line, "Unbekannte Region «" + regionId + "» (region_id); bekannt"
          + " sind " + String.join(", ", regions.keySet()) + "."));
    }
  }

  private Municipality municipality(int line, String bfsNumber, List<Problem> problems) {
    if (bfsNumber.isEmpty()) {
      problems.add(new Problem(line, "Die BFS-Nummer (bfs_number) fehlt."));
      return null;
    }
    int number;
    try {
      number = Integer.parseInt(bfsNumber);
    } catch (NumberFormatException e) {
      problems.add(new Problem(line, "«" + bfsNumber + "» ist keine BFS-Nummer (bfs_number);"
          + " erwartet wird eine Zahl wie 4021."));
      return null;
    }
    Municipality municipality = municipalities.get(number);
    if (municipality == null) {
      problems.add(new Problem(line, "Zur BFS-Nummer " + number + " (bfs_number) gibt es keine"
          + " Gemeinde des Kantons Aargau."));
    }
    return municipality;
  }

  private static void checkName(int line, Municipality municipality, String name,
      List<Problem> problems) {
    if (Municipality.normalise(name).isEmpty()) {
      problems.add(new Problem(line, "Der Gemeindename (municipality) fehlt; zur BFS-Nummer "
          + municipality.bfsNumber() + " gehört «" + municipality.name() + "»."));
    } else if (!municipality.isCalled(name)) {
      problems.add(new Problem(line, "«" + name + "» (municipality) ist nicht der Name der"
          + " Gemeinde mit der BFS-Nummer " + municipality.bfsNumber() + ": sie heisst «"
          + municipality.name() + "»."));
    }
  }

  private static LocalDate date(int line, String column, String value, List<Problem> problems) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(new Problem(line, "«" + value + "» (" + column + ") ist kein gültiges Datum"
          + DATE_FORMAT));
      return null;
    }
  }

  /** A municipality can belong to a region only while it exists (e.g. not after its merger). */
  private static void checkLifetime(int line, Municipality municipality, Membership membership,
      List<Problem> problems) {
    String name = municipality.name() + " (" + municipality.bfsNumber() + ")";
    if (!municipality.existsOn(membership.validFrom())) {
      problems.add(new Problem(line, municipality.validTo() != null
          && membership.validFrom().isAfter(municipality.validTo())
          ? name + " besteht seit " + municipality.validTo().plusDays(1) + " nicht mehr (Fusion);"
              + " eine Zugehörigkeit ab " + membership.validFrom() + " ist nicht möglich."
          : name + " besteht erst ab " + municipality.validFrom() + "; die Zugehörigkeit kann"
              + " nicht am " + membership.validFrom() + " beginnen."));
    } else if (membership.validTo() == null && municipality.validTo() != null) {
      problems.add(new Problem(line, name + " besteht nur bis " + municipality.validTo()
          + " (Fusion); die Zugehörigkeit muss spätestens dann enden (valid_to)."));
    } else if (membership.validTo() != null && !municipality.existsOn(membership.validTo())) {
      problems.add(new Problem(line, name + " besteht nur bis " + municipality.validTo()
          + "; die Zugehörigkeit kann nicht bis " + membership.validTo() + " dauern."));
    }
  }

  /**
   * A municipality belongs to at most one region on any day: two periods (bounds inclusive)
   * overlap exactly when both hold on the later of their first days.
   */
  private static void overlaps(List<Row> rows, List<Problem> problems) {
    Map<Integer, List<Row>> byMunicipality = rows.stream().collect(Collectors.groupingBy(
        row -> row.municipality().bfsNumber(), LinkedHashMap::new, Collectors.toList()));
    byMunicipality.values().forEach(sameMunicipality -> overlapsOf(sameMunicipality, problems));
  }

  private static void overlapsOf(List<Row> rows, List<Problem> problems) {
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < i; j++) {
        Row earlier = rows.get(j);
        Row later = rows.get(i);
        LocalDate from = max(earlier.membership().validFrom(), later.membership().validFrom());
        if (earlier.membership().validOn(from) && later.membership().validOn(from)) {
          problems.add(new Problem(later.line(), later.municipality().name() + " ("
              + later.municipality().bfsNumber() + ") ist hier " + period(later.membership())
              + " zugeordnet und in Zeile " + earlier.line() + " " + period(earlier.membership())
              + "; die Gültigkeiten überschneiden sich ab " + from + ". Eine Gemeinde gehört an"
              + " jedem Tag zu höchstens einer Region."));
        }
      }
    }
  }

  private static String period(Membership membership) {
    return (membership.validTo() == null ? "ab " + membership.validFrom()
        : "vom " + membership.validFrom() + " bis " + membership.validTo())
        + " der Region " + membership.regionId();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** Line numbers (from 1) of character positions; a line ends with CR LF, LF or CR. */
  private static final class Lines {

    private final List<Integer> starts = new ArrayList<>();

    Lines(String text) {
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
          starts.add(i + 1);
        }
      }
    }

    int of(long position) {
      int index = Collections.binarySearch(starts, (int) position);
      return index >= 0 ? index + 1 : -index - 1;
    }
  }
}
