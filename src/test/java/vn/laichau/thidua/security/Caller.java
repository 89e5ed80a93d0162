package vn.laichau.thidua.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One person calling the application over HTTP: anonymous, with HTTP Basic credentials (REST, {@code /api}), or with
 * a webapp session (cookie and XSRF token, as Tasklist and Cockpit call {@code /camunda/api/...}).
 */
final class Caller {

  private final String base;
  private final String authorization;
  private final HttpClient client;
  private String xsrfToken;

  private Caller(int port, String user, String password) {
    this.base = "http://localhost:" + port;
    this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.client = HttpClient.newBuilder()
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  static Caller anonymous(int port) {
    return new Caller(port, null, null);
  }

  static Caller basic(int port, String user, String password) {
    return new Caller(port, user, password);
  }

  /**
   * A browser session of the webapps, logged in to the application if the user may open it. The webapps name their
   * engine in every address; the test contexts' engines have unique names.
   */
  static Caller webapp(int port, String engine, String user, String password, String application) {
    Caller session = new Caller(port, null, null);
    session.get("/camunda/api/admin/auth/user/" + engine);
    session.lastLogin = session.send("POST", "/camunda/api/admin/auth/user/" + engine + "/login/" + application,
        "application/x-www-form-urlencoded", BodyPublishers.ofString("username=" + encode(user) + "&password="
            + encode(password)));
    // a fresh token for the session the login may have renewed
    session.get("/camunda/api/admin/auth/user/" + engine);
    return session;
  }

  Response lastLogin;

  Response get(String path) {
    return send("GET", path, null, BodyPublishers.noBody());
  }

  Response delete(String path) {
    return send("DELETE", path, null, BodyPublishers.noBody());
  }

  Response post(String path, String json) {
    return send("POST", path, "application/json", BodyPublishers.ofString(json));
  }

  Response put(String path, String json) {
    return send("PUT", path, "application/json", BodyPublishers.ofString(json));
  }

  Response postBody(String path, String contentType, String body) {
    return send("POST", path, contentType, BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  Response postMultipart(String path, String fileName, String content) {
    String boundary = "----thidua" + System.nanoTime();
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nmatrix\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n"
        + "--" + boundary + "--\r\n";
    return send("POST", path, "multipart/form-data; boundary=" + boundary,
        BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  String xsrfToken() {
    return xsrfToken;
  }

  private Response send(String method, String path, String contentType, BodyPublisher body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, body)
        .header("Accept", "application/json, text/plain, */*");
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (xsrfToken != null) {
      request.header("X-XSRF-TOKEN", xsrfToken);
    }
    try {
      HttpResponse<String> response = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      response.headers().firstValue("X-XSRF-TOKEN").filter(token -> !"Required".equals(token))
          .ifPresent(token -> xsrfToken = token);
      return new Response(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  record Response(int status, String body, HttpResponse<String> raw) {

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + (body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
  }
}
