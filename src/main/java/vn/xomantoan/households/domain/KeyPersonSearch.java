package vn.xomantoan.households.domain;

import vn.xomantoan.households.Gender;
import vn.xomantoan.households.KeyPersonRole;

import java.time.LocalDate;

/** Key people in office on {@code asOf} in the subtree with {@code unitPath}, with optional filters. */
public record KeyPersonSearch(String unitPath, LocalDate asOf, KeyPersonRole role, Gender gender, String q, int page, int size) {
}
