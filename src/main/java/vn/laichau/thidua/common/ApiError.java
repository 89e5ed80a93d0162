package vn.laichau.thidua.common;

/** The body of every error answer of {@code /api}: one Vietnamese sentence a person can act on. */
public record ApiError(String message) {
}
