package vn.laichau.thidua.unit;

/** Bad registry input; its message is Vietnamese and says what is wrong. Answered with a 4xx. */
public class InvalidUnitException extends RuntimeException {

  public InvalidUnitException(String message) {
    super(message);
  }
}
