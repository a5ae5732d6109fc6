package vn.xomantoan.households.domain;

import vn.xomantoan.households.Gender;
import vn.xomantoan.shared.ValidationFailure.Problem;
import vn.xomantoan.shared.text.VietnameseText;

import java.util.ArrayList;
import java.util.List;

/** The editable details of a household, cleaned (NFC, single spaces) on creation. */
public record HouseholdDraft(String headName, Gender headGender, String houseNo, String street, Integer members,
                             String phone, String note) {

    public HouseholdDraft {
        headName = VietnameseText.clean(headName);
        houseNo = blankToNull(VietnameseText.clean(houseNo));
        street = blankToNull(VietnameseText.clean(street));
        phone = blankToNull(cleanPhone(phone));
        note = blankToNull(VietnameseText.clean(note));
    }

    /** What is wrong with the details, field by field (empty when they can be stored). */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (headName == null || headName.isEmpty()) {
            problems.add(new Problem("headName", "households.error.headNameRequired", null));
        } else if (headName.length() > 120) {
            problems.add(new Problem("headName", "households.error.tooLong", new Object[]{120}));
        }
        if (headGender == null) {
            problems.add(new Problem("headGender", "households.error.genderRequired", null));
        }
        if (houseNo != null && houseNo.length() > 40) {
            problems.add(new Problem("houseNo", "households.error.tooLong", new Object[]{40}));
        }
        if (street != null && street.length() > 160) {
            problems.add(new Problem("street", "households.error.tooLong", new Object[]{160}));
        }
        if (members == null) {
            problems.add(new Problem("members", "households.error.membersRequired", null));
        } else if (members < 1 || members > 100) {
            problems.add(new Problem("members", "households.error.membersRange", new Object[]{String.valueOf(members)}));
        }
        if (phone != null && !isPhone(phone)) {
            problems.add(new Problem("phone", "households.error.phone", new Object[]{phone}));
        }
        if (note != null && note.length() > 500) {
            problems.add(new Problem("note", "households.error.tooLong", new Object[]{500}));
        }
        return problems;
    }

    public String searchKey() {
        return searchKeyOf(headName, houseNo, street);
    }

    public String sortKey() {
        return personSortKey(headName);
    }

    public static String searchKeyOf(String headName, String houseNo, String street) {
        return joinedSearchKey(VietnameseText.searchKey(headName), VietnameseText.searchKey(
                (houseNo == null ? "" : houseNo) + " " + (street == null ? "" : street)));
    }

    /** The stored search key from the name's and the address's keys, cut to the column's 300 characters. */
    public static String joinedSearchKey(String nameKey, String addressKey) {
        String key = nameKey + " | " + addressKey;
        return key.length() > 300 ? key.substring(0, 300) : key;
    }

    /** Vietnamese lists of people sort by given name (the last word), then by the full name. */
    public static String personSortKey(String fullName) {
        String name = fullName == null ? "" : fullName.trim();
        int space = name.lastIndexOf(' ');
        String given = space < 0 ? name : name.substring(space + 1);
        String key = VietnameseText.sortKey(given + " " + name);
        return key.length() > 600 ? key.substring(0, 600) : key;
    }

    /** The phone number without the white space, dots and dashes people type in it; null stays null. */
    public static String cleanPhone(String phone) {
        if (phone == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            boolean drop = c == ' ' || c == '.' || c == '-' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (drop && out == null) {
                out = new StringBuilder(phone.length()).append(phone, 0, i);
            } else if (!drop && out != null) {
                out.append(c);
            }
        }
        return out == null ? phone : out.toString();
    }

    /** Whether a cleaned phone number is 8 to 15 digits, optionally after a plus sign. */
    public static boolean isPhone(String phone) {
        int start = phone.startsWith("+") ? 1 : 0;
        int digits = phone.length() - start;
        if (digits < 8 || digits > 15) {
            return false;
        }
        for (int i = start; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
