package vn.xomantoan.households.domain;

import vn.xomantoan.households.Gender;
import vn.xomantoan.households.KeyPersonRole;
import vn.xomantoan.households.RespectedKind;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.shared.text.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A key person's details for one term. */
public record KeyPersonDraft(String fullName, Gender gender, Integer birthYear, KeyPersonRole role,
                             RespectedKind respectedKind, LocalDate termFrom, LocalDate termTo, String phone, String note) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");

    public KeyPersonDraft {
        fullName = VietnameseText.clean(fullName);
        phone = phone == null || phone.isBlank() ? null : phone.replaceAll("[\\s.\\-]", "");
        note = note == null || note.isBlank() ? null : VietnameseText.clean(note);
        if (role != KeyPersonRole.RESPECTED_PERSON) {
            respectedKind = null;
        }
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (fullName == null || fullName.isEmpty()) {
            problems.add(new Problem("fullName", "keyPeople.error.nameRequired", null));
        } else if (fullName.length() > 120) {
            problems.add(new Problem("fullName", "households.error.tooLong", new Object[]{120}));
        }
        if (gender == null) {
            problems.add(new Problem("gender", "keyPeople.error.genderRequired", null));
        }
        int thisYear = LocalDate.now().getYear();
        if (birthYear != null && (birthYear < 1900 || birthYear > thisYear - 16)) {
            problems.add(new Problem("birthYear", "keyPeople.error.birthYear", new Object[]{String.valueOf(birthYear), String.valueOf(thisYear - 16)}));
        }
        if (role == null) {
            problems.add(new Problem("role", "keyPeople.error.roleRequired", null));
        } else if (role == KeyPersonRole.RESPECTED_PERSON && respectedKind == null) {
            problems.add(new Problem("respectedKind", "keyPeople.error.kindRequired", null));
        }
        if (termFrom == null) {
            problems.add(new Problem("termFrom", "keyPeople.error.termFromRequired", null));
        } else if (termTo != null && termTo.isBefore(termFrom)) {
            problems.add(new Problem("termTo", "keyPeople.error.termOrder", null));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new Problem("phone", "households.error.phone", new Object[]{phone}));
        }
        if (note != null && note.length() > 500) {
            problems.add(new Problem("note", "households.error.tooLong", new Object[]{500}));
        }
        return problems;
    }
}
