package vn.xomantoan.reporting.domain;

import java.time.LocalDate;

/** What a user fills in (or what the API sends) for a review report; blanks get sensible defaults. */
public record ReportDraft(String unit, LocalDate from, LocalDate to, LocalDate asOf, String kind, String parentBody,
                          String issuingBody, String number, String place, LocalDate issuedOn, String title,
                          String shortcomings, String lessons, String directions, String signerTitle, String signerName,
                          String recipients) {
}
