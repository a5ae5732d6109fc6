package vn.xomantoan.evaluation.domain;

import java.time.LocalDate;

/** A recognition decision of the competent People's Committee. */
public record Decision(long id, int year, UnitKind kind, long issuerUnitId, String issuerName, String number, LocalDate issuedOn,
                       String place, String signerName, String signerTitle, String legalBasis) {
}
