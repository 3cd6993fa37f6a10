package ch.ag.funding.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The benchmark's HTTP client (HTTP/1.1, as browsers and the caseworkers' clients talk). */
final class BenchmarkHttp {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  record Response(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(body, e);
      }
    }

    Response expect(int expected, String what) {
      if (status != expected) {
        throw new IllegalStateException(what + ": HTTP " + status + " " + body);
      }
      return this;
    }
  }

  private final String baseUrl;
  private final String authorization;

  BenchmarkHttp(String baseUrl) {
    this(baseUrl, null);
  }

  private BenchmarkHttp(String baseUrl, String authorization) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
  }

  BenchmarkHttp as(String user, String password) {
    return new BenchmarkHttp(baseUrl, "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  Response get(String path) {
    return send(request(path).header("Accept", "application/json").GET());
  }

  Response page(String path) {
    return send(request(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .GET());
  }

  Response post(String path, Object body) {
    return post(path, "application/json", body);
  }

  Response post(String path, String accept, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString(write(body))));
  }

  Response put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
  }

  Response postMultipart(String path, String boundary, byte[] body) {
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(120));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = CLIENT.send(request.build(),
          HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String write(Object body) {
    try {
      return body instanceof String text ? text : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
