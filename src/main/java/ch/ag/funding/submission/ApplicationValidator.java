package ch.ag.funding.submission;

import ch.ag.funding.submission.Application.FundingSource;
import ch.ag.funding.submission.Application.OfferType;
import ch.ag.funding.submission.Application.OrganisationType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ch.ag.funding.system.Numbers;
import ch.ag.funding.system.SwissFormat;
import ch.ag.funding.system.web.FieldError;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The one validator of an application's structure, used by every channel (the portal's JSON API,
 * the start form in Tasklist, the engine's REST API): types, required values, enumerations, dates,
 * unknown fields. It turns raw input into an {@link Application} or refuses it with German messages
 * per field. Funding rules are not checked here but by the {@link FormalCheck}.
 */
@Component
public class ApplicationValidator {

  /** The application's fields with their German labels (domain.md §6), in form order. */
  public static final Map<String, String> FIELDS = fields(
      "organisationName", "Trägerschaft",
      "organisationType", "Rechtsform",
      "contactName", "Kontaktperson",
      "contactEmail", "E-Mail",
      "contactPhone", "Telefon",
      "iban", "IBAN",
      "projectTitle", "Projekttitel",
      "projectDescription", "Beschreibung",
      "offerType", "Angebotstyp",
      "targetGroup", "Zielgruppe",
      "expectedParticipants", "Teilnehmende",
      "volunteerCount", "Freiwillige",
      "municipalities", "Durchführungsorte",
      "supraRegional", "überregionales Projekt",
      "projectStart", "Projektbeginn",
      "projectEnd", "Projektende",
      "totalCost", "Gesamtkosten",
      "ownContribution", "Eigenleistung",
      "thirdPartyFunding", "Drittmittel",
      "municipalityContribution", "Gemeindebeitrag",
      "requestedAmount", "beantragter Beitrag",
      "fundingSource", "Finanzierungsquelle",
      "exclusionsConfirmed", "Bestätigung der Ausschlüsse");

  private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");
  private static final int MAX_MUNICIPALITIES = 250;

  /**
   * Validates raw input (JSON values or process variables).
   *
   * @param rejectUnknownFields whether fields other than {@link #FIELDS} are an error: true for
   *     submitted input, false for the variables of a running case, which hold more than that
   * @throws InvalidApplicationException with a German message per faulty field
   */
  public Application validate(Map<String, ?> input, boolean rejectUnknownFields) {
    Reader in = new Reader(input);
    if (rejectUnknownFields) {
      input.keySet().stream()
          .filter(key -> !FIELDS.containsKey(key))
          .sorted()
          .forEach(key -> in.errors.add(new FieldError(key,
              "Unbekanntes Feld «" + key + "»: es gehört nicht zu einem Gesuch.")));
    }
    Application application = new Application(
        in.text("organisationName", true, 200),
        in.enumeration("organisationType", OrganisationType.class),
        in.text("contactName", true, 200),
        in.text("contactEmail", true, 254),
        in.text("contactPhone", false, 50),
        in.text("iban", true, 42),
        in.text("projectTitle", true, 200),
        in.text("projectDescription", true, 5000),
        in.enumeration("offerType", OfferType.class),
        in.text("targetGroup", true, 500),
        in.integer("expectedParticipants", true, 1, 100_000),
        in.integer("volunteerCount", false, 0, 10_000),
        in.textList("municipalities"),
        in.bool("supraRegional", false),
        in.date("projectStart"),
        in.date("projectEnd"),
        in.money("totalCost"),
        in.money("ownContribution"),
        in.money("thirdPartyFunding"),
        in.money("municipalityContribution"),
        in.money("requestedAmount"),
        in.enumeration("fundingSource", FundingSource.class),
        in.bool("exclusionsConfirmed", true));
    if (!in.errors.isEmpty()) {
      throw new InvalidApplicationException(in.errors);
    }
    return application;
  }

  private static Map<String, String> fields(String... namesAndLabels) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndLabels.length; i += 2) {
      fields.put(namesAndLabels[i], namesAndLabels[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(fields);
  }

  /** Reads one field after the other and collects the errors. */
  private static final class Reader {

    private final Map<String, ?> input;
    private final List<FieldError> errors = new ArrayList<>();

    Reader(Map<String, ?> input) {
      this.input = input;
    }

    private void error(String field, String problem) {
      errors.add(new FieldError(field, FIELDS.get(field) + ": " + problem));
    }

    private Object present(String field, boolean required) {
      Object value = input.get(field);
      if (value instanceof CharSequence text && text.toString().isBlank()) {
        value = null;
      }
      if (value == null && required) {
        error(field, "Angabe fehlt.");
      }
      return value;
    }

    String text(String field, boolean required, int maxLength) {
      Object value = present(field, required);
      if (value == null) {
        return null;
      }
      if (!(value instanceof CharSequence)) {
        error(field, "Bitte einen Text angeben.");
        return null;
      }
      String text = value.toString().strip();
      if (text.length() > maxLength) {
        error(field, "Höchstens " + maxLength + " Zeichen erlaubt (erhalten: " + text.length() + ").");
        return null;
      }
      return text;
    }

    <E extends Enum<E>> E enumeration(String field, Class<E> type) {
      Object value = present(field, true);
      if (value == null) {
        return null;
      }
      String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
          .collect(Collectors.joining(", "));
      if (value instanceof CharSequence text) {
        for (E constant : type.getEnumConstants()) {
          if (constant.name().equals(text.toString().strip())) {
            return constant;
          }
        }
        error(field, "Unbekannter Wert «" + shorten(text) + "»; erlaubt sind " + allowed + ".");
      } else {
        error(field, "Bitte einen der Werte " + allowed + " angeben.");
      }
      return null;
    }

    Integer integer(String field, boolean required, int min, int max) {
      Object value = present(field, required);
      if (value == null) {
        return null;
      }
      BigDecimal number = number(value);
      if (number == null) {
        error(field, "Bitte eine ganze Zahl angeben.");
        return null;
      }
      if (number.stripTrailingZeros().scale() > 0) {
        error(field, "Bitte eine ganze Zahl angeben (erhalten: " + number.toPlainString() + ").");
        return null;
      }
      if (number.compareTo(BigDecimal.valueOf(min)) < 0
          || number.compareTo(BigDecimal.valueOf(max)) > 0) {
        error(field, "Bitte eine Zahl von " + min + " bis " + max + " angeben.");
        return null;
      }
      return number.intValueExact();
    }

    BigDecimal money(String field) {
      Object value = present(field, true);
      if (value == null) {
        return null;
      }
      BigDecimal amount = number(value);
      if (amount == null) {
        error(field, "Bitte einen Betrag in Franken als Zahl angeben, z. B. 12500.50.");
        return null;
      }
      if (amount.signum() < 0) {
        error(field, "Der Betrag darf nicht negativ sein.");
        return null;
      }
      if (amount.compareTo(MAX_AMOUNT) >= 0) {
        error(field, "Der Betrag ist zu gross.");
        return null;
      }
      if (amount.stripTrailingZeros().scale() > 2) {
        error(field, "Höchstens zwei Nachkommastellen (Rappen) erlaubt.");
        return null;
      }
      return amount.setScale(2);
    }

    Boolean bool(String field, boolean required) {
      Object value = present(field, required);
      if (value == null) {
        return false;
      }
      if (value instanceof Boolean flag) {
        return flag;
      }
      error(field, "Bitte ja (true) oder nein (false) angeben.");
      return false;
    }

    LocalDate date(String field) {
      Object value = present(field, true);
      if (value == null) {
        return null;
      }
      if (value instanceof java.sql.Date date) {
        return date.toLocalDate();
      }
      if (value instanceof Date date) {
        return date.toInstant().atZone(SwissFormat.ZONE).toLocalDate();
      }
      if (value instanceof CharSequence text) {
        try {
          return LocalDate.parse(text.toString().strip());
        } catch (DateTimeParseException e) {
          error(field, "Ungültiges Datum «" + shorten(text)
              + "»; erwartet wird ein Datum im Format JJJJ-MM-TT, z. B. 2026-03-01.");
          return null;
        }
      }
      error(field, "Bitte ein Datum im Format JJJJ-MM-TT angeben.");
      return null;
    }

    List<String> textList(String field) {
      Object value = present(field, true);
      if (value == null) {
        return null;
      }
      List<?> elements = elements(value);
      if (elements == null) {
        error(field, "Bitte eine Liste von Gemeindenamen angeben.");
        return null;
      }
      if (elements.size() > MAX_MUNICIPALITIES) {
        error(field, "Höchstens " + MAX_MUNICIPALITIES + " Gemeinden erlaubt.");
        return null;
      }
      Set<String> names = new LinkedHashSet<>();
      for (Object element : elements) {
        if (!(element instanceof CharSequence name) || name.toString().isBlank()
            || name.length() > 100) {
          error(field, "Jeder Eintrag muss ein Gemeindename sein (höchstens 100 Zeichen).");
          return null;
        }
        names.add(name.toString().strip());
      }
      return List.copyOf(names);
    }

    /** A list from JSON (a Java list), a Camunda Json variable, or a Java collection. */
    private static List<?> elements(Object value) {
      if (value instanceof SpinJsonNode json) {
        if (!json.isArray()) {
          return null;
        }
        return json.elements().stream()
            .map(node -> node.isString() ? node.stringValue() : null)
            .toList();
      }
      if (value instanceof Collection<?> collection) {
        return new ArrayList<>(collection);
      }
      return null;
    }

    private static BigDecimal number(Object value) {
      return Numbers.decimal(value);
    }

    private static String shorten(CharSequence text) {
      return text.length() <= 40 ? text.toString() : text.subSequence(0, 40) + "…";
    }
  }
}
