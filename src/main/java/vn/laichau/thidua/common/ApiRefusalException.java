package vn.laichau.thidua.common;

import org.springframework.http.HttpStatus;

/**
 * A request a capability refuses, with the 4xx status that says why (400 bad input, 404 unknown, 409 conflict) and a
 * Vietnamese message that is the whole answer. Capabilities extend it so that {@link ApiExceptionHandler} answers every
 * one of them alike without knowing their types: the status travels with the refusal, not with the handler.
 */
public abstract class ApiRefusalException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;

  protected ApiRefusalException(HttpStatus status, String vietnameseMessage) {
    super(vietnameseMessage);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
