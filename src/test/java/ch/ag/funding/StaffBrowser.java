package ch.ag.funding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A client that keeps its cookies (the session) and does not follow redirects, as a browser
 * session of a staff member on the dashboard, for the integration tests.
 */
public final class StaffBrowser {

  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final String baseUrl;
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();

  public StaffBrowser(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET(),
        BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public HttpResponse<byte[]> download(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(),
        BodyHandlers.ofByteArray());
  }

  /** The CSRF token of the form on a page. */
  public static String csrfToken(String html) {
    Matcher matcher = CSRF.matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("no CSRF token in: " + html);
    }
    return matcher.group(1);
  }

  /** Opens the login page and posts the form with its CSRF token. */
  public HttpResponse<String> logIn(String user, String password) {
    String token = csrfToken(get("/dashboard/anmelden").body());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", user);
    form.put("password", password);
    form.put("_csrf", token);
    return postForm("/dashboard/anmelden", form);
  }

  public HttpResponse<String> postForm(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .POST(BodyPublishers.ofString(body)), BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder request, BodyHandler<T> handler) {
    try {
      return client.send(request.build(), handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
