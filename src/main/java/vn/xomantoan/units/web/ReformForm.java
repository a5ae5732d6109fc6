package vn.xomantoan.units.web;

import vn.xomantoan.units.UnitType;

import java.util.ArrayList;
import java.util.List;

/** The reform form: a change of one unit, a merge into it, or its split. */
public class ReformForm {

    public static class Part {
        private String code;
        private String name;
        private UnitType type;
        private String partNote;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public UnitType getType() { return type; }
        public void setType(UnitType type) { this.type = type; }
        public String getPartNote() { return partNote; }
        public void setPartNote(String partNote) { this.partNote = partNote; }
    }

    private String kind = "CHANGE";
    private String effectiveDate;
    private String legalBasis;
    private String newName;
    private UnitType newType;
    private String newParentCode;
    private String mergeCodes;
    private List<Part> parts = new ArrayList<>(List.of(new Part(), new Part(), new Part()));

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getEffectiveDate() { return effectiveDate; }
    public void setEffectiveDate(String effectiveDate) { this.effectiveDate = effectiveDate; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public UnitType getNewType() { return newType; }
    public void setNewType(UnitType newType) { this.newType = newType; }
    public String getNewParentCode() { return newParentCode; }
    public void setNewParentCode(String newParentCode) { this.newParentCode = newParentCode; }
    public String getMergeCodes() { return mergeCodes; }
    public void setMergeCodes(String mergeCodes) { this.mergeCodes = mergeCodes; }
    public List<Part> getParts() { return parts; }
    public void setParts(List<Part> parts) { this.parts = parts; }
}
