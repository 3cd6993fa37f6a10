package ch.ag.funding.dashboard;

import ch.ag.funding.system.SwissFormat;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.stream.IntStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The programme dashboard (issue 9) for {@code funding-managers} and {@code camunda-admin}: the
 * page, its figures as JSON for the charts, and the same figures as CSV and XLSX. Login, logout
 * and access are set in {@code system/SecurityConfiguration}.
 */
@Controller
class DashboardController {

  private static final MediaType XLSX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final DashboardService dashboard;
  private final DashboardProperties properties;

  DashboardController(DashboardService dashboard, DashboardProperties properties) {
    this.dashboard = dashboard;
    this.properties = properties;
  }

  @GetMapping("/dashboard")
  String page(@RequestParam(required = false) Integer year, Principal user, Model model) {
    int shown = year(year);
    model.addAttribute("user", user.getName());
    model.addAttribute("figures", dashboard.figures(shown));
    model.addAttribute("swiss", new Swiss());
    model.addAttribute("years", IntStream.rangeClosed(Math.min(shown, properties.firstYear()),
        Math.max(shown, dashboard.currentYear()) + 1).boxed().toList());
    return "dashboard/dashboard";
  }

  @GetMapping(path = "/dashboard/data", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  DashboardFigures data(@RequestParam(required = false) Integer year) {
    return dashboard.figures(year(year));
  }

  @GetMapping("/dashboard/export.csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year) {
    int shown = year(year);
    return file(DashboardExport.csv(dashboard.figures(shown)),
        new MediaType("text", "csv", StandardCharsets.UTF_8),
        "programm-kennzahlen-" + shown + ".csv");
  }

  @GetMapping("/dashboard/export.xlsx")
  ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year) {
    int shown = year(year);
    return file(DashboardExport.xlsx(dashboard.figures(shown)), XLSX,
        "programm-kennzahlen-" + shown + ".xlsx");
  }

  @GetMapping("/dashboard/anmelden")
  String login() {
    return "dashboard/anmelden";
  }

  /** Where Spring Security forwards a logged-in user without the managers' rights. */
  @RequestMapping("/dashboard/kein-zugriff")
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String forbidden(Principal user, Model model) {
    model.addAttribute("user", user == null ? null : user.getName());
    return "dashboard/kein-zugriff";
  }

  /** Formats for the page: {@code CHF 12'500.00}. */
  record Swiss() {
    public String chf(BigDecimal amount) {
      return SwissFormat.chf(amount);
    }
  }

  private int year(Integer year) {
    if (year == null) {
      return dashboard.currentYear();
    }
    if (year < 2000 || year > 2100) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "Das Jahr " + year + " ist ausserhalb von 2000 bis 2100.");
    }
    return year;
  }

  private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(content);
  }
}
