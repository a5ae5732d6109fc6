package vn.xomantoan.households.imports;

import vn.xomantoan.households.Gender;
import vn.xomantoan.households.KeyPersonRole;
import vn.xomantoan.households.RespectedKind;
import vn.xomantoan.households.domain.HouseholdDraft;
import vn.xomantoan.households.domain.KeyPersonDraft;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row of a key-people file checked for everything that needs no database, with the same rules
 * as the key-people form ({@link KeyPersonDraft}); the unit and the scope are checked in SQL.
 */
final class KeyPersonRow {

    static final List<String> STAGING_COLUMNS = List.of("job_id", "row_no", "unit_code", "full_name", "gender", "birth_year",
            "role", "respected_kind", "term_from", "term_to", "phone", "note", "search_key", "sort_key", "raw_values", "valid");

    /** The form's fields and the file's columns. */
    private static final Map<String, String> FIELD_COLUMNS = Map.of("fullName", "full_name", "gender", "gender",
            "birthYear", "birth_year", "role", "role", "respectedKind", "respected_kind", "termFrom", "term_from",
            "termTo", "term_to", "phone", "phone", "note", "note");

    private KeyPersonRow() {
    }

    static Object[] check(long jobId, int rowNo, List<String> row, ImportColumns columns, LocalDate today,
                          List<StagedRow.Problem> problems) {
        int before = problems.size();
        String unit = columns.value(row, "unit_code");
        if (unit.isEmpty()) {
            problems.add(new StagedRow.Problem(columns.label("unit_code"), "households.import.error.required", null));
        } else if (unit.length() > 32) {
            problems.add(new StagedRow.Problem(columns.label("unit_code"), "households.error.tooLong", "32"));
        }
        String genderText = columns.value(row, "gender");
        Gender gender = Gender.parse(genderText).orElse(null);
        if (gender == null && !genderText.isEmpty()) {
            problems.add(new StagedRow.Problem(columns.label("gender"), "households.error.genderInvalid", genderText));
        }
        String yearText = columns.value(row, "birth_year");
        Integer birthYear = null;
        if (!yearText.isEmpty()) {
            try {
                birthYear = Integer.valueOf(yearText.endsWith(".0") ? yearText.substring(0, yearText.length() - 2) : yearText);
            } catch (NumberFormatException e) {
                problems.add(new StagedRow.Problem(columns.label("birth_year"), "keyPeople.error.birthYear",
                        ImportProblems.args(yearText, today.getYear() - 16)));
            }
        }
        String roleText = columns.value(row, "role");
        KeyPersonRole role = roleText.isEmpty() ? null : KeyPersonColumns.role(roleText).orElse(null);
        if (role == null && !roleText.isEmpty()) {
            problems.add(new StagedRow.Problem(columns.label("role"), "keyPeople.import.error.role", roleText));
        }
        String kindText = columns.value(row, "respected_kind");
        RespectedKind kind = kindText.isEmpty() ? null : KeyPersonColumns.kind(kindText).orElse(null);
        if (kind == null && !kindText.isEmpty() && role == KeyPersonRole.RESPECTED_PERSON) {
            problems.add(new StagedRow.Problem(columns.label("respected_kind"), "keyPeople.import.error.kind", kindText));
        }
        boolean badFrom = !columns.value(row, "term_from").isEmpty();
        LocalDate from = date(columns, row, "term_from", problems);
        badFrom &= from == null;
        LocalDate to = date(columns, row, "term_to", problems);
        // Values already reported as unreadable stand in as placeholders, so the form's rules speak only of the other cells.
        KeyPersonDraft draft = new KeyPersonDraft(columns.value(row, "full_name"),
                gender == null && !genderText.isEmpty() ? Gender.MALE : gender, birthYear,
                role == null && !roleText.isEmpty() ? KeyPersonRole.AREA_HEAD : role,
                kind == null && !kindText.isEmpty() ? RespectedKind.CLAN_ELDER : kind,
                badFrom ? LocalDate.MIN : from, badFrom ? null : to, columns.value(row, "phone"), columns.value(row, "note"));
        addFormProblems(columns, draft, problems);
        if (from != null && from.isAfter(today)) {
            problems.add(new StagedRow.Problem(columns.label("term_from"), "keyPeople.import.error.termFromFuture", WebDates.format(from)));
        }
        if (problems.size() > before) {
            return null;
        }
        String raw = ImportProblems.csvLine(columns.canonical(row));
        return new Object[]{jobId, rowNo, unit, draft.fullName(), draft.gender().name(), draft.birthYear(), draft.role().name(),
                draft.respectedKind() == null ? null : draft.respectedKind().name(), draft.termFrom(), draft.termTo(),
                draft.phone(), draft.note(), VietnameseText.searchKey(draft.fullName()),
                HouseholdDraft.personSortKey(draft.fullName()), raw, Boolean.TRUE};
    }

    private static void addFormProblems(ImportColumns columns, KeyPersonDraft draft, List<StagedRow.Problem> problems) {
        for (var p : draft.problems()) {
            String column = FIELD_COLUMNS.getOrDefault(p.field(), p.field());
            boolean already = problems.stream().anyMatch(q -> q.column() != null && q.column().equals(columns.label(column)));
            if (!already) {
                problems.add(new StagedRow.Problem(columns.label(column), p.messageKey(),
                        p.args() == null ? null : ImportProblems.args(p.args())));
            }
        }
    }

    private static LocalDate date(ImportColumns columns, List<String> row, String column, List<StagedRow.Problem> problems) {
        String text = columns.value(row, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return WebDates.parse(text, null);
        } catch (IllegalArgumentException e) {
            problems.add(new StagedRow.Problem(columns.label(column), "households.import.error.badDate", text));
            return null;
        }
    }
}
