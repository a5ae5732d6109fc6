package vn.xomantoan.units.web;

import vn.xomantoan.shared.text.VietnameseText;
import vn.xomantoan.units.EnterpriseSize;
import vn.xomantoan.units.SchoolLevel;
import vn.xomantoan.units.UnitType;
import vn.xomantoan.units.UnitView;
import vn.xomantoan.units.domain.UnitDraft;

import java.time.LocalDate;

/** What the create and edit forms post; never the entity itself. */
public class UnitForm {
    private String code;
    private String name;
    private UnitType type;
    private String validFrom;
    private EnterpriseSize enterpriseSize;
    private SchoolLevel schoolLevel;
    private String note;
    private long rowVersion;

    static UnitForm of(UnitView u) {
        UnitForm f = new UnitForm();
        f.code = u.code();
        f.name = u.name();
        f.type = u.type();
        f.validFrom = vn.xomantoan.shared.web.WebDates.format(u.validFrom());
        f.enterpriseSize = u.enterpriseSize();
        f.schoolLevel = u.schoolLevel();
        f.note = u.note();
        f.rowVersion = u.rowVersion();
        return f;
    }

    UnitDraft toDraft(LocalDate from) {
        String cleanCode = code == null || code.isBlank() ? null : code.trim();
        boolean official = cleanCode != null && cleanCode.chars().allMatch(Character::isDigit);
        boolean enterprise = type == UnitType.ENTERPRISE;
        boolean school = type == UnitType.SCHOOL;
        return new UnitDraft(cleanCode, official, VietnameseText.clean(name), type, from, null,
                enterprise ? enterpriseSize : null, school ? schoolLevel : null,
                note == null || note.isBlank() ? null : VietnameseText.clean(note));
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public UnitType getType() { return type; }
    public void setType(UnitType type) { this.type = type; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String validFrom) { this.validFrom = validFrom; }
    public EnterpriseSize getEnterpriseSize() { return enterpriseSize; }
    public void setEnterpriseSize(EnterpriseSize enterpriseSize) { this.enterpriseSize = enterpriseSize; }
    public SchoolLevel getSchoolLevel() { return schoolLevel; }
    public void setSchoolLevel(SchoolLevel schoolLevel) { this.schoolLevel = schoolLevel; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public long getRowVersion() { return rowVersion; }
    public void setRowVersion(long rowVersion) { this.rowVersion = rowVersion; }
}
