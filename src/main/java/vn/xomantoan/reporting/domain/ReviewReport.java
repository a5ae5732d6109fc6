package vn.xomantoan.reporting.domain;

import java.time.LocalDate;

/** A review report's settings and the text its author writes; the figures are computed at each generation. */
public record ReviewReport(long id, String kind, long unitId, String unitCode, String unitName, String unitPath,
                           LocalDate from, LocalDate to, LocalDate asOf, String parentBody, String issuingBody,
                           String number, String place, LocalDate issuedOn, String title, String shortcomings,
                           String lessons, String directions, String signerTitle, String signerName, String recipients,
                           String createdBy, long rowVersion) {
}
