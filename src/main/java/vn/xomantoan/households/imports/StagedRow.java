package vn.xomantoan.households.imports;

import vn.xomantoan.households.Gender;
import vn.xomantoan.households.domain.HouseholdDraft;
import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One file row checked for everything that needs no database (required values, formats, ranges),
 * turned into the staging columns; the importer's checker then looks the area up among today's areas.
 */
final class StagedRow {

    static final List<String> STAGING_COLUMNS = List.of("job_id", "row_no", "area_code", "head_name", "head_gender",
            "house_no", "street", "members", "moved_in", "phone", "note", "search_key", "sort_key", "valid");

    record Problem(String column, String messageKey, String arg) {
    }

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private StagedRow() {
    }

    /** The staging values, or null when the row has problems (added to {@code problems}). */
    static Object[] check(long jobId, int rowNo, List<String> row, ImportColumns columns, LocalDate today,
                          List<Problem> problems, java.util.Map<String, String> sortKeys,
                          java.util.Map<String, String> searchKeys) {
        int before = problems.size();
        String area = columns.value(row, "area_code");
        String name = VietnameseText.clean(columns.value(row, "head_name"));
        String genderText = columns.value(row, "gender");
        String houseNo = VietnameseText.clean(columns.value(row, "house_no"));
        String street = VietnameseText.clean(columns.value(row, "street"));
        String membersText = columns.value(row, "members");
        String movedInText = columns.value(row, "moved_in");
        String phone = HouseholdDraft.cleanPhone(columns.value(row, "phone"));
        String note = VietnameseText.clean(columns.value(row, "note"));

        if (area.isEmpty()) {
            problems.add(new Problem(columns.label("area_code"), "households.import.error.required", null));
        } else if (area.length() > 32) {
            problems.add(new Problem(columns.label("area_code"), "households.import.error.unknownArea", area));
        }
        if (name.isEmpty()) {
            problems.add(new Problem(columns.label("head_name"), "households.import.error.required", null));
        } else if (name.length() > 120) {
            problems.add(new Problem(columns.label("head_name"), "households.error.tooLong", "120"));
        }
        Gender gender = null;
        if (!genderText.isEmpty()) {
            gender = Gender.parse(genderText).orElse(null);
            if (gender == null) {
                problems.add(new Problem(columns.label("gender"), "households.error.genderInvalid", genderText));
            }
        }
        if (houseNo.length() > 40) {
            problems.add(new Problem(columns.label("house_no"), "households.error.tooLong", "40"));
        }
        if (street.length() > 160) {
            problems.add(new Problem(columns.label("street"), "households.error.tooLong", "160"));
        }
        Integer members = null;
        if (membersText.isEmpty()) {
            problems.add(new Problem(columns.label("members"), "households.import.error.required", null));
        } else {
            try {
                members = Integer.valueOf(membersText.endsWith(".0") ? membersText.substring(0, membersText.length() - 2) : membersText);
                if (members < 1 || members > 100) {
                    problems.add(new Problem(columns.label("members"), "households.error.membersRange", membersText));
                }
            } catch (NumberFormatException e) {
                problems.add(new Problem(columns.label("members"), "households.error.membersRange", membersText));
            }
        }
        LocalDate movedIn = null;
        if (movedInText.isEmpty()) {
            problems.add(new Problem(columns.label("moved_in"), "households.import.error.required", null));
        } else {
            try {
                movedIn = WebDates.parse(movedInText, null);
                if (movedIn.isAfter(today)) {
                    problems.add(new Problem(columns.label("moved_in"), "households.error.movedInFuture", WebDates.format(movedIn)));
                } else if (movedIn.isBefore(EARLIEST)) {
                    problems.add(new Problem(columns.label("moved_in"), "households.error.dateTooEarly", WebDates.format(movedIn)));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(columns.label("moved_in"), "households.import.error.badDate", movedInText));
            }
        }
        if (!phone.isEmpty() && !HouseholdDraft.isPhone(phone)) {
            problems.add(new Problem(columns.label("phone"), "households.error.phone", phone));
        }
        if (note.length() > 500) {
            problems.add(new Problem(columns.label("note"), "households.error.tooLong", "500"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Object[]{jobId, rowNo, area, name, gender == null ? null : gender.name(), empty(houseNo), empty(street),
                members, movedIn, empty(phone), empty(note),
                HouseholdDraft.joinedSearchKey(searchKeys.computeIfAbsent(name, VietnameseText::searchKey),
                        searchKeys.computeIfAbsent(houseNo + " " + street, VietnameseText::searchKey)),
                sortKeys.computeIfAbsent(name, HouseholdDraft::personSortKey), Boolean.TRUE};
    }

    private static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    static List<Problem> newList() {
        return new ArrayList<>();
    }
}
