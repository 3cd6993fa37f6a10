package ch.ag.funding.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A staff member's browser as far as sessions go: one cookie jar for every node (cookies do not
 * depend on the port, so the nodes on localhost share them as nodes behind one proxy address
 * would), logging in to Tasklist (with Camunda's CSRF cookie) and to the dashboard (with Spring
 * Security's CSRF field).
 */
final class ClusterBrowser {

  private static final Pattern CSRF_FIELD =
      Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

  /** Logs in to Tasklist on that node; returns the login's status. */
  int loginToTasklist(ClusterNode node, String user) {
    send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/camunda/app/tasklist/default/"))
        .GET());
    return send(HttpRequest.newBuilder(URI.create(node.baseUrl()
            + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrfToken())
        .POST(BodyPublishers.ofString("username=" + user + "&password=demo"))).statusCode();
  }

  /** The webapps' idea of who is logged in, as Tasklist asks at start: 200 with the user or 404. */
  HttpResponse<String> webappUser(ClusterNode node) {
    return send(HttpRequest.newBuilder(URI.create(node.baseUrl()
        + "/camunda/api/admin/auth/user/default")).GET());
  }

  /** A changing call through the webapps' API, which needs the session's CSRF token. */
  HttpResponse<String> tasklistQuery(ClusterNode node) {
    return send(HttpRequest.newBuilder(URI.create(node.baseUrl()
            + "/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15"))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("X-XSRF-TOKEN", xsrfToken())
        .POST(BodyPublishers.ofString("{}")));
  }

  /** Logs in to the dashboard on that node; returns where the login redirects to. */
  String loginToDashboard(ClusterNode node, String user) {
    String page = send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/dashboard/anmelden"))
        .GET()).body();
    Matcher csrf = CSRF_FIELD.matcher(page);
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF field on the login page: " + page);
    }
    String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
    HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(node.baseUrl()
            + "/dashboard/anmelden"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("username=" + user + "&password=demo&_csrf="
            + URLEncoder.encode(token, StandardCharsets.UTF_8))));
    return login.headers().firstValue("Location").orElse(login.statusCode() + "");
  }

  /** The dashboard page: 200 when logged in, a redirect to the login page otherwise. */
  HttpResponse<String> dashboard(ClusterNode node) {
    return send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/dashboard"))
        .header("Accept", "text/html").GET());
  }

  private String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).findFirst()
        .orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie")).getValue();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
