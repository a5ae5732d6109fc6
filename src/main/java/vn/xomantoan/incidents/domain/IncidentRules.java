package vn.xomantoan.incidents.domain;

import org.springframework.stereotype.Component;
import vn.xomantoan.identity.UnitScope;
import vn.xomantoan.incidents.CrimeClass;
import vn.xomantoan.incidents.IncidentStatus;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.UnitCatalog;
import vn.xomantoan.units.UnitLevel;
import vn.xomantoan.units.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Checks an incident before anything is written and derives its class and seriousness. */
@Component
public class IncidentRules {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final ReferenceData reference;
    private final UnitCatalog units;

    IncidentRules(ReferenceData reference, UnitCatalog units) {
        this.reference = reference;
        this.units = units;
    }

    public ValidIncident validate(IncidentDraft d, UnitScope scope) {
        List<Problem> problems = new ArrayList<>();
        LocalDate date = d.occurredOn();
        if (date == null) {
            problems.add(problem("occurredOn", "incidents.error.dateRequired"));
        } else if (date.isAfter(LocalDate.now()) || date.isBefore(EARLIEST)) {
            problems.add(problem("occurredOn", "incidents.error.dateRange"));
            date = null;
        }
        UnitView place = date == null ? null : place(d, date, scope, problems);
        String perpetrator = blankToNull(d.perpetratorAreaCode());
        if (perpetrator != null && date != null && units.validOn(perpetrator, date, UnitScope.EVERYTHING)
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).isEmpty()) {
            problems.add(problem("perpetratorAreaCode", "incidents.error.perpetratorArea", perpetrator));
        }
        RefItem category = null;
        RefItem subcategory = null;
        PenalClause clause = null;
        RefItem grade = null;
        LocalDate refDate = date == null ? LocalDate.now() : date;
        String categoryCode = blankToNull(d.category());
        if (categoryCode == null) {
            problems.add(problem("category", "incidents.error.categoryRequired"));
        } else {
            category = reference.find(ReferenceData.CATEGORY, categoryCode, refDate).orElse(null);
        }
        final RefItem cat = category;
        if (categoryCode != null) {
            if (category == null) {
                problems.add(problem("category", "incidents.error.categoryUnknown", categoryCode));
            }
        }
        if (category != null) {
            String sub = blankToNull(d.subcategory());
            if (sub != null) {
                subcategory = reference.find(ReferenceData.SUBCATEGORY, sub, refDate)
                        .filter(s -> cat.code().equals(s.parentCode())).orElse(null);
                if (subcategory == null) {
                    problems.add(problem("subcategory", "incidents.error.subcategoryUnknown", sub));
                }
            }
            if (ReferenceData.PENAL.equals(category.gradeList())) {
                clause = penalClause(d, refDate, problems);
            } else if (category.gradeList() != null) {
                String g = blankToNull(d.grade());
                if (g == null) {
                    problems.add(problem("grade", "incidents.error.gradeRequired"));
                } else {
                    grade = reference.find(category.gradeList(), g, refDate).orElse(null);
                    if (grade == null) {
                        problems.add(problem("grade", "incidents.error.gradeUnknown", g));
                    }
                }
            }
        }
        String status = d.status() == null || d.status().isBlank() ? IncidentStatus.REPORTED.name() : d.status().trim();
        if (Arrays.stream(IncidentStatus.values()).noneMatch(s -> s.name().equals(status))) {
            problems.add(problem("status", "incidents.error.status"));
        }
        int victims = d.victims() == null ? 0 : d.victims();
        int persons = d.personsInvolved() == null ? 0 : d.personsInvolved();
        if (victims < 0 || victims > 10_000) {
            problems.add(problem("victims", "incidents.error.count"));
        }
        if (persons < 0 || persons > 10_000) {
            problems.add(problem("personsInvolved", "incidents.error.count"));
        }
        String summary = VietnameseText.clean(d.summary());
        if (summary == null || summary.isEmpty()) {
            problems.add(problem("summary", "incidents.error.summaryRequired"));
        } else if (summary.length() > 1000) {
            problems.add(problem("summary", "incidents.error.summaryTooLong"));
        }
        boolean excused = d.forceMajeure() || d.handledPromptly();
        String decidedBy = VietnameseText.clean(blankToNull(d.excuseDecidedBy()));
        String reason = VietnameseText.clean(blankToNull(d.excuseReason()));
        if (excused && (decidedBy == null || reason == null)) {
            problems.add(problem("excuseDecidedBy", "incidents.error.excuseWho"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        CrimeClass crimeClass = clause == null ? null : clause.crimeClass();
        boolean serious = crimeClass != null ? crimeClass.seriousOrAbove() : grade != null && grade.serious();
        return new ValidIncident(date, d.occurredAt(), place, perpetrator, category, subcategory, clause, crimeClass,
                grade, serious, d.forceMajeure(), d.handledPromptly(), excused ? decidedBy : null,
                excused ? reason : null, status, victims, persons, d.householdId(), d.keyPersonId(), summary);
    }

    private UnitView place(IncidentDraft d, LocalDate date, UnitScope scope, List<Problem> problems) {
        Optional<UnitView> found;
        String shown;
        if (d.placeId() != null) {
            found = units.byId(d.placeId(), scope);
            shown = String.valueOf(d.placeId());
        } else if (blankToNull(d.placeCode()) != null) {
            shown = d.placeCode().trim();
            found = units.validOn(shown, date, scope);
            if (found.isEmpty() && units.validOn(shown, date, UnitScope.EVERYTHING).isEmpty()) {
                problems.add(problem("place", "incidents.error.placeCodeNotOnDate", shown,
                        vn.xomantoan.shared.web.WebDates.format(date)));
                return null;
            }
        } else {
            problems.add(problem("place", "incidents.error.placeRequired"));
            return null;
        }
        if (found.isEmpty()) {
            problems.add(problem("place", "incidents.error.placeOutOfScope", shown));
            return null;
        }
        UnitView u = found.get();
        if (u.level() != UnitLevel.RESIDENTIAL_AREA && u.level() != UnitLevel.ESTABLISHMENT) {
            problems.add(problem("place", "incidents.error.placeLevel", u.name()));
            return null;
        }
        if (!u.validOn(date)) {
            problems.add(problem("occurredOn", "incidents.error.placeNotValid", u.name(),
                    vn.xomantoan.shared.web.WebDates.format(u.validFrom()),
                    u.validTo() == null ? "" : vn.xomantoan.shared.web.WebDates.format(u.validTo())));
            return null;
        }
        return u;
    }

    private PenalClause penalClause(IncidentDraft d, LocalDate date, List<Problem> problems) {
        if (d.penalArticle() == null || d.penalClause() == null) {
            problems.add(problem("penalArticle", "incidents.error.penalRequired"));
            return null;
        }
        Optional<PenalClause> c = reference.clause(d.penalArticle(), d.penalClause(), date);
        if (c.isEmpty()) {
            problems.add(problem("penalArticle", "incidents.error.penalUnknown", String.valueOf(d.penalArticle()),
                    String.valueOf(d.penalClause()), vn.xomantoan.shared.web.WebDates.format(date)));
            return null;
        }
        return c.get();
    }

    private static Problem problem(String field, String key, Object... args) {
        return new Problem(field, key, args);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
