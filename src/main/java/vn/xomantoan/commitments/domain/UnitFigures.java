package vn.xomantoan.commitments.domain;

import vn.xomantoan.commitments.ForceRating;

import java.time.LocalDateTime;

/** A unit's reported figures for a unit-level campaign's year; see {@code unit_year_figures}. */
public record UnitFigures(Long id, long campaignId, String unitCode, Integer headcount, Integer briefed, Integer committed,
                          Integer subunits, Integer subunitsTitled, Integer disciplinedIndividuals, ForceRating forceRating,
                          Integer forceDisciplined, String ratedBy, String recordedBy, LocalDateTime recordedAt, long rowVersion) {

    /** What a user submits. */
    public record Draft(Integer headcount, Integer briefed, Integer committed, Integer subunits, Integer subunitsTitled,
                        Integer disciplinedIndividuals, ForceRating forceRating, Integer forceDisciplined, String ratedBy) {
    }

    public static UnitFigures empty(long campaignId, String unitCode) {
        return new UnitFigures(null, campaignId, unitCode, null, null, null, null, null, null, null, null, null, null, null, -1);
    }

    public boolean recorded() {
        return id != null;
    }
}
