package vn.laichau.thidua.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Error answers of the project's own controllers ({@code /api}): {@code {"message": "…"}} in Vietnamese, with the
 * right 4xx status, never a stack trace. Errors nobody foresaw are left to Spring Boot's error page, which
 * {@link ApiErrorAttributes} gives the same Vietnamese {@code message}; so this advice has no catch-all handler that
 * could shadow a more specific advice of another capability.
 */
@RestControllerAdvice(basePackages = "vn.laichau.thidua")
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** A capability's own refusal (an invalid unit, an unknown campaign): the status it carries. */
  @ExceptionHandler(ApiRefusalException.class)
  public ResponseEntity<ApiError> refusal(ApiRefusalException e) {
    return answer(e.status(), e.getMessage());
  }

  @ExceptionHandler(ResponseStatusException.class)
  public ResponseEntity<ApiError> status(ResponseStatusException e) {
    String message = e.getReason() != null ? e.getReason() : ApiErrorAttributes.messageFor(e.getStatusCode().value());
    return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders()).body(new ApiError(message));
  }

  /** Malformed JSON, or a value of the wrong type (text where a number belongs), would otherwise be a bare 400/500. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return answer(HttpStatus.BAD_REQUEST, "Giá trị của trường '" + fieldPath(mismatch)
          + "' không đúng kiểu dữ liệu (ví dụ staffCount phải là số nguyên).");
    }
    if (e.getCause() == null && e.getMessage() != null && e.getMessage().startsWith("Required request body")) {
      return answer(HttpStatus.BAD_REQUEST, "Thiếu nội dung yêu cầu (JSON).");
    }
    return answer(HttpStatus.BAD_REQUEST, "Nội dung yêu cầu không phải là JSON hợp lệ.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
    return answer(HttpStatus.BAD_REQUEST, "Giá trị '" + e.getValue() + "' của tham số '" + e.getName()
        + "' không hợp lệ.");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  public ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
    return answer(HttpStatus.BAD_REQUEST, "Thiếu tham số '" + e.getParameterName() + "'.");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  public ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return answer(HttpStatus.METHOD_NOT_ALLOWED, "Địa chỉ này không nhận phương thức " + e.getMethod() + ".");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  public ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Nội dung phải là JSON (Content-Type: application/json).");
  }

  /** The engine refused the signed-in user: a 403, never a 500. */
  @ExceptionHandler(AuthorizationException.class)
  public ResponseEntity<ApiError> engineAuthorization(AuthorizationException e) {
    LOG.info("Engine refused user {}: {}", e.getUserId(), e.getMessage());
    return answer(HttpStatus.FORBIDDEN, "Bạn không có quyền thực hiện thao tác này.");
  }

  private static String fieldPath(JsonMappingException e) {
    return e.getPath().stream()
        .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static ResponseEntity<ApiError> answer(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(new ApiError(message));
  }
}
