package vn.xomantoan.incidents.domain;

import vn.xomantoan.incidents.CrimeClass;

import java.time.LocalDate;

/** A clause of a Penal Code article with the maximum of its penalty bracket. */
public record PenalClause(long id, String codeName, int article, int clause, String title, Integer maxMonths,
                          boolean lifeOrDeath, LocalDate validFrom, LocalDate validTo, long rowVersion) {

    public CrimeClass crimeClass() {
        return CrimeClass.ofMaximum(maxMonths, lifeOrDeath);
    }
}
