package vn.laichau.thidua.unit;

import org.springframework.http.HttpStatus;
import vn.laichau.thidua.common.ApiRefusalException;

/** Bad registry input; its message is Vietnamese and says what is wrong. Answered with 400. */
public class InvalidUnitException extends ApiRefusalException {

  public InvalidUnitException(String message) {
    super(HttpStatus.BAD_REQUEST, message);
  }
}
