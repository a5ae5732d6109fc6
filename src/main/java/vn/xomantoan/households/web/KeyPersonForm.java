package vn.xomantoan.households.web;

import vn.xomantoan.households.Gender;
import vn.xomantoan.households.KeyPersonRole;
import vn.xomantoan.households.KeyPersonView;
import vn.xomantoan.households.RespectedKind;
import vn.xomantoan.households.domain.KeyPersonDraft;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the key-person form posts, as typed. */
public class KeyPersonForm {

    private String unitCode;
    private String fullName;
    private String gender;
    private String birthYear;
    private String role;
    private String respectedKind;
    private String termFrom;
    private String termTo;
    private String phone;
    private String note;
    private long rowVersion;

    static KeyPersonForm of(KeyPersonView k) {
        KeyPersonForm f = new KeyPersonForm();
        f.unitCode = k.unitCode();
        f.fullName = k.fullName();
        f.gender = k.gender().name();
        f.birthYear = k.birthYear() == null ? "" : String.valueOf(k.birthYear());
        f.role = k.role().name();
        f.respectedKind = k.respectedKind() == null ? "" : k.respectedKind().name();
        f.termFrom = WebDates.format(k.termFrom());
        f.termTo = WebDates.format(k.termTo());
        f.phone = k.phone();
        f.note = k.note();
        f.rowVersion = k.rowVersion();
        return f;
    }

    /** The draft, or every typing problem (bad year, bad dates) at once. */
    KeyPersonDraft toDraft() {
        List<Problem> problems = new ArrayList<>();
        Integer year = null;
        if (birthYear != null && !birthYear.isBlank()) {
            try {
                year = Integer.valueOf(birthYear.trim());
            } catch (NumberFormatException e) {
                problems.add(new Problem("birthYear", "keyPeople.error.birthYear",
                        new Object[]{birthYear.trim(), String.valueOf(LocalDate.now().getYear() - 16)}));
            }
        }
        LocalDate from = date("termFrom", termFrom, problems);
        LocalDate to = date("termTo", termTo, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        return new KeyPersonDraft(fullName, Gender.parse(gender).orElse(null), year, parse(KeyPersonRole.class, role),
                parse(RespectedKind.class, respectedKind), from, to, phone, note);
    }

    private static LocalDate date(String field, String text, List<Problem> problems) {
        try {
            return WebDates.parse(text, null);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, "error.badDate", new Object[]{text}));
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getBirthYear() { return birthYear; }
    public void setBirthYear(String birthYear) { this.birthYear = birthYear; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getRespectedKind() { return respectedKind; }
    public void setRespectedKind(String respectedKind) { this.respectedKind = respectedKind; }
    public String getTermFrom() { return termFrom; }
    public void setTermFrom(String termFrom) { this.termFrom = termFrom; }
    public String getTermTo() { return termTo; }
    public void setTermTo(String termTo) { this.termTo = termTo; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public long getRowVersion() { return rowVersion; }
    public void setRowVersion(long rowVersion) { this.rowVersion = rowVersion; }
}
