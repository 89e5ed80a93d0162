package vn.laichau.thidua.common;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A 401 with the HTTP Basic challenge, so that a browser or client knows how to sign in. */
public class NotAuthenticatedException extends ResponseStatusException {

  public static final String CHALLENGE = "Basic realm=\"thi-dua\", charset=\"UTF-8\"";

  public NotAuthenticatedException(String vietnameseMessage) {
    super(HttpStatus.UNAUTHORIZED, vietnameseMessage);
  }

  @Override
  public HttpHeaders getHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
    return headers;
  }
}
