package vn.xomantoan.incidents.domain;

import vn.xomantoan.incidents.CrimeClass;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.time.LocalTime;

/** An incident that passed every rule, with what follows from its reference data. */
public record ValidIncident(LocalDate occurredOn, LocalTime occurredAt, UnitView place, String perpetratorAreaCode,
                            RefItem category, RefItem subcategory, PenalClause penalClause, CrimeClass crimeClass,
                            RefItem grade, boolean serious, boolean forceMajeure, boolean handledPromptly,
                            String excuseDecidedBy, String excuseReason, String status, int victims,
                            int personsInvolved, Long householdId, Long keyPersonId, String summary) {
}
