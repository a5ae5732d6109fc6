package vn.xomantoan.households.domain;

import java.time.LocalDate;

/**
 * Households living on {@code asOf} in the subtree whose root has {@code unitPath}, optionally in one
 * area (by code) and matching {@code q} (diacritic-insensitive, on the head's name and the address).
 */
public record HouseholdSearch(String unitPath, String areaCode, LocalDate asOf, String q, int page, int size) {
}
