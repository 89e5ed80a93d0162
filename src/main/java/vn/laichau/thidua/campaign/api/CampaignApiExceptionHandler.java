package vn.laichau.thidua.campaign.api;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.laichau.thidua.campaign.CampaignAlreadyRunningException;
import vn.laichau.thidua.campaign.DuplicateCampaignException;
import vn.laichau.thidua.campaign.InvalidCampaignException;
import vn.laichau.thidua.common.ApiError;

/**
 * The campaign API's refusals as the rest of {@code /api} answers them ({@code {"message": "…"}}): a taken id is a
 * 409, as is starting a campaign that already runs; other bad input a 400. Ordered before the common advice, which
 * does not know these types; an unknown campaign is the common advice's 404, as everywhere else
 * ({@link vn.laichau.thidua.common.ApiRefusalException}).
 */
@RestControllerAdvice(basePackages = {"vn.laichau.thidua.campaign", "vn.laichau.thidua.reporting"})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CampaignApiExceptionHandler {

  @ExceptionHandler({DuplicateCampaignException.class, CampaignAlreadyRunningException.class})
  public ResponseEntity<ApiError> conflict(InvalidCampaignException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(e.getMessage()));
  }

  @ExceptionHandler(InvalidCampaignException.class)
  public ResponseEntity<ApiError> invalid(InvalidCampaignException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ApiError(e.getMessage()));
  }

  /**
   * A date that is not yyyy-MM-dd, or a number that is not one: the common advice would name staffCount as its
   * example, which means nothing for a campaign.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().stream()
          .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
              : "[" + reference.getIndex() + "]")
          .collect(Collectors.joining("."));
      Class<?> type = mismatch.getTargetType();
      String expected = type == LocalDate.class ? "ngày phải có dạng năm-tháng-ngày (yyyy-MM-dd), ví dụ 2030-03-31"
          : type == Integer.class || type == int.class ? "phải là số nguyên"
          : "phải đúng kiểu dữ liệu của trường";
      return ResponseEntity.badRequest().body(new ApiError("Giá trị của trường '" + field + "' không đúng: "
          + expected + "."));
    }
    if (e.getCause() == null && e.getMessage() != null && e.getMessage().startsWith("Required request body")) {
      return ResponseEntity.badRequest().body(new ApiError("Thiếu nội dung yêu cầu (JSON)."));
    }
    return ResponseEntity.badRequest().body(new ApiError("Nội dung yêu cầu không phải là JSON hợp lệ."));
  }
}
