package vn.xomantoan.incidents.domain;

import java.time.LocalDate;
import java.util.Locale;

/** One row of a reference list (category, sub-category or grade), valid over a period. */
public record RefItem(long id, String listName, String code, String parentCode, String nameVi, String nameEn,
                      String gradeList, boolean serious, String criterion, int position, LocalDate validFrom,
                      LocalDate validTo, long rowVersion) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
