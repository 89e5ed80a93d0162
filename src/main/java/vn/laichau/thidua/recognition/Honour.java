package vn.laichau.thidua.recognition;

/**
 * One line of a congress's {@code honours} or {@code proposals} (R11): who, an individual or a collective, with which
 * recognition of the catalogue, and why.
 */
public record Honour(String name, Beneficiary type, String recognition, String achievement) {
}
