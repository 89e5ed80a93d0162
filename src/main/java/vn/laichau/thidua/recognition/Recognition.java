package vn.laichau.thidua.recognition;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of the catalogue (R11): an emulation title or a form of commendation, whom it is for, and the level that
 * decides it.
 *
 * @param beneficiary written {@code "for"} in JSON, as the API names it
 */
public record Recognition(String code, String name, @JsonProperty("for") Beneficiary beneficiary,
    DecidingLevel decidedBy) {
}
