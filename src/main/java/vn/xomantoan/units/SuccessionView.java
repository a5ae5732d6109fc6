package vn.xomantoan.units;

import java.time.LocalDate;

/** A succession link seen from one side: the other unit, the kind and the date. */
public record SuccessionView(
        long id,
        SuccessionKind kind,
        LocalDate effectiveDate,
        String legalBasis,
        String partNote,
        long otherId,
        String otherCode,
        String otherName,
        UnitLevel otherLevel) {
}
