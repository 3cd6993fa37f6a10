package ch.ag.funding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small real HTTP client for the integration tests. */
public final class Http {

  public static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final String baseUrl;
  private final String authorization;

  public Http(String baseUrl) {
    this(baseUrl, null);
  }

  private Http(String baseUrl, String authorization) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
  }

  /** The same client, authenticating with HTTP Basic. */
  public Http as(String user, String password) {
    return new Http(baseUrl, "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  /** A GET as a browser sends it for a page. */
  public Response page(String path) {
    return send(request(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .GET());
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  public Response post(String path, Object json) {
    return postRaw(path, "application/json", BodyPublishers.ofString(write(json)));
  }

  public Response put(String path, Object json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(BodyPublishers.ofString(write(json))));
  }

  /** A JSON post that asks for another representation (e.g. HAL, as Tasklist does). */
  public JsonNode postWithAccept(String path, String accept, Object json) {
    return send(request(path).header("Content-Type", "application/json")
        .header("Accept", accept).POST(BodyPublishers.ofString(write(json)))).json();
  }

  /** A form post as a browser sends it from a page. */
  public Response postForm(String path, String urlEncodedBody) {
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .POST(BodyPublishers.ofString(urlEncodedBody)));
  }

  public Response postRaw(String path, String contentType, BodyPublisher body) {
    return send(request(path).header("Content-Type", contentType).POST(body));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static String write(Object json) {
    try {
      return json instanceof String text ? text : JSON.writeValueAsString(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = CLIENT.send(request.build(),
          BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Status, body and headers of a response. */
  public record Response(int status, String body, HttpHeaders headers) {

    /** The first value of a header, or an empty string. */
    public String header(String name) {
      return headers.firstValue(name).orElse("");
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }
  }
}
