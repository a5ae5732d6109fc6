package vn.xomantoan.households.web;

import vn.xomantoan.households.Gender;
import vn.xomantoan.households.HouseholdView;
import vn.xomantoan.households.domain.HouseholdDraft;
import vn.xomantoan.shared.ValidationFailure;
import vn.xomantoan.shared.web.WebDates;

import java.time.LocalDate;

/** What the household form posts; numbers and dates stay text so a wrong value comes back as typed. */
public class HouseholdForm {

    private String areaCode;
    private String headName;
    private String headGender;
    private String houseNo;
    private String street;
    private String members;
    private String phone;
    private String note;
    private String movedIn;
    private long rowVersion;

    static HouseholdForm of(HouseholdView h) {
        HouseholdForm f = new HouseholdForm();
        f.areaCode = h.areaCode();
        f.headName = h.headName();
        f.headGender = h.headGender() == null ? null : h.headGender().name();
        f.houseNo = h.houseNo();
        f.street = h.street();
        f.members = String.valueOf(h.members());
        f.phone = h.phone();
        f.note = h.note();
        f.movedIn = WebDates.format(h.movedIn());
        f.rowVersion = h.rowVersion();
        return f;
    }

    HouseholdDraft toDraft() {
        Integer count = null;
        if (members != null && !members.isBlank()) {
            try {
                count = Integer.valueOf(members.trim());
            } catch (NumberFormatException e) {
                throw ValidationFailure.of("members", "households.error.membersRange", members.trim());
            }
        }
        return new HouseholdDraft(headName, Gender.parse(headGender).orElse(null), houseNo, street, count, phone, note);
    }

    LocalDate movedInDate() {
        try {
            return WebDates.parse(movedIn, null);
        } catch (IllegalArgumentException e) {
            throw ValidationFailure.of("movedIn", "error.badDate", movedIn);
        }
    }

    public String getAreaCode() { return areaCode; }
    public void setAreaCode(String areaCode) { this.areaCode = areaCode; }
    public String getHeadName() { return headName; }
    public void setHeadName(String headName) { this.headName = headName; }
    public String getHeadGender() { return headGender; }
    public void setHeadGender(String headGender) { this.headGender = headGender; }
    public String getHouseNo() { return houseNo; }
    public void setHouseNo(String houseNo) { this.houseNo = houseNo; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getMembers() { return members; }
    public void setMembers(String members) { this.members = members; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getMovedIn() { return movedIn; }
    public void setMovedIn(String movedIn) { this.movedIn = movedIn; }
    public long getRowVersion() { return rowVersion; }
    public void setRowVersion(long rowVersion) { this.rowVersion = rowVersion; }
}
