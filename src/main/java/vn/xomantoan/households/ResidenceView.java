package vn.xomantoan.households;

import java.time.LocalDate;

/** One period a household lived in a residential area (named by its stable code). */
public record ResidenceView(String areaCode, String areaName, Long areaUnitId, LocalDate validFrom, LocalDate validTo) {
}
